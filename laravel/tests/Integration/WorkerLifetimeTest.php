<?php

namespace Calbook\Laravel\Tests\Integration;

use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Illuminate\Routing\Router;

/** A worker (Octane, queue) keeps one client per connection across requests. */
final class WorkerLifetimeTest extends EmulatorTestCase
{
    protected function defineRoutes(Router $router): void
    {
        $router->get('/probe', function () {
            $c = Calbook::connection();
            return ['client' => spl_object_id($c->client()), 'status' => $c->request('GET', '/me')->status()];
        });
    }

    public function test_requests_in_one_worker_share_the_client_and_its_connection(): void
    {
        $first = $this->getJson('/probe')->assertOk()->json();
        $second = $this->getJson('/probe')->assertOk()->json();
        $third = $this->getJson('/probe')->assertOk()->json();
        $this->assertSame(200, $first['status']);
        $this->assertSame($first['client'], $second['client']);
        $this->assertSame($first['client'], $third['client']);
        $stats = Calbook::connection()->stats();
        $this->assertSame(3, $stats['requests']);
        $this->assertSame(3 - $stats['connections_opened'], $stats['connections_reused']);
        $this->assertLessThanOrEqual(1, static::emulator()->stats()['connections'], 'one TCP connection for three requests');
    }

    public function test_forget_connections_builds_a_new_client(): void
    {
        $first = $this->getJson('/probe')->json('client');
        $old = Calbook::connection()->client();
        Calbook::forgetConnections();
        $this->assertNotSame($old, Calbook::connection()->client());
        $this->assertSame(200, $this->getJson('/probe')->json('status'));
        $this->assertIsInt($first);
    }
}
