<?php

namespace Calbook\Laravel\Tests\Integration;

use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;

final class EmulatorSmokeTest extends EmulatorTestCase
{
    public function test_the_default_connection_reaches_the_emulator(): void
    {
        $me = Calbook::connection()->request('GET', '/me');
        $this->assertSame(200, $me->status());
        $this->assertSame(101, $me->json('data.id'));
        $this->assertSame(1, static::emulator()->stats()['request_count']);
    }
}
