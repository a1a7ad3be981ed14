<?php

namespace Calbook\Laravel\Tests\Unit;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\TestCase;

final class SkeletonTest extends TestCase
{
    public function test_the_manager_is_bound_and_the_facade_resolves_it(): void
    {
        $this->assertInstanceOf(CalbookManager::class, $this->app->make('calbook'));
        $this->assertSame($this->app->make('calbook'), Calbook::getFacadeRoot());
        $this->assertSame('default', Calbook::connection()->name());
        $this->assertSame(42, Calbook::connection()->teamId());
    }
}
