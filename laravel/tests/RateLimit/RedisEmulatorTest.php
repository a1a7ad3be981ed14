<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\Backfill\Backfiller;
use Calbook\Laravel\Backfill\RowResult;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Appointment;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Calbook\RateLimitException;

/**
 * The real client with calbook.rate_limiter 'redis', against the Cal.com emulator over HTTP and a
 * real redis-server: Cal.com's headers reach the budget in Redis (its limit adopted, a spent
 * window blocks the key), a call without budget is refused before anything is sent, and the
 * backfill takes only the batch share of the window while live calls still get through.
 */
final class RedisEmulatorTest extends EmulatorTestCase
{
    use Salon;
    use UsesRedisServer;

    protected function defineEnvironment($app): void
    {
        parent::defineEnvironment($app);
        $config = $app['config'];
        $config->set('database.redis', [
            'client' => extension_loaded('redis') ? 'phpredis' : 'predis',
            'default' => ['host' => '127.0.0.1', 'port' => self::server()->port, 'database' => 0],
        ]);
        $config->set('calbook.rate_limiter', 'redis');
        $config->set('calbook.rate_limit.limit', 10);
        $config->set('calbook.rate_limit.margin', 0);
        $config->set('calbook.rate_limit.batch_share', 0.5);
        // Batch grants at once up to the share (no pacing): these tests count the share of a window.
        $config->set('calbook.rate_limit.batch_burst', 10);
        $config->set('calbook.tenants.companies', [1 => 'default']);
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->setUpRedis();
    }

    private function keyId(): string
    {
        return substr(hash('sha256', static::emulator()->apiKey), 0, 32);
    }

    private static function calls(string $prefix): int
    {
        return count(array_filter(static::emulator()->stats()['requests'], static fn (array $r) => str_starts_with($r['path'], $prefix)));
    }

    public function test_cal_com_headers_reach_the_shared_budget_and_a_spent_window_refuses_before_sending(): void
    {
        static::emulator()->config(['rate_limit' => ['limit' => 4, 'window_s' => 60, 'block_s' => 60]]);
        for ($i = 0; $i < 4; $i++) {
            $this->assertSame(200, Calbook::request('GET', '/me')->status());
        }
        $state = "calbook:rl:{{$this->keyId()}}:state";
        // Cal.com's limit (4) replaced the configured 10; remaining 0 blocked the key until the reset.
        $this->assertSame('4', self::server()->command('HGET', $state, 'limit'));
        $this->assertGreaterThan(microtime(true) * 1000 + 50_000, (float) self::server()->command('HGET', $state, 'blocked_until'));
        try {
            Calbook::request('GET', '/me');
            $this->fail('sent without budget');
        } catch (RateLimitException $e) {
            $this->assertGreaterThanOrEqual(50, $e->getRetryAfter());
            $this->assertStringNotContainsString(static::emulator()->apiKey, $e->getMessage());
        }
        $this->assertSame(4, self::calls('/v2/me'), 'nothing was sent');
        // Another worker (a new process: a new limiter and client) is refused as well.
        $this->app->make('calbook')->forgetConnections();
        $this->expectException(RateLimitException::class);
        Calbook::request('GET', '/me');
    }

    public function test_the_backfill_takes_only_the_batch_share_and_live_calls_still_get_through(): void
    {
        $this->migrateSalon();
        $this->seedStaff();
        foreach (range(1, 8) as $i) {
            Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => "bkMissing$i"]);
        }
        $report = $this->app->make(Backfiller::class)->run(Appointment::query()->get(), false, 8, 0);
        // Batch: half of 10. The rest waits for the budget (nothing sent), not an error.
        $this->assertSame(5, self::calls('/v2/bookings/'));
        $this->assertSame(5, $report->count(RowResult::API_ERROR), 'the emulator knows none of them: 404');
        $this->assertSame(3, $report->count(RowResult::RATE_LIMITED));
        $this->assertGreaterThan(30, $report->retryAfter);
        // Live calls are not held up by the backfill.
        for ($i = 0; $i < 5; $i++) {
            $this->assertSame(200, Calbook::request('GET', '/me')->status());
        }
        $this->assertSame(10, (int) self::server()->command('ZCARD', "calbook:rl:{{$this->keyId()}}:log"));
        $this->expectException(RateLimitException::class);
        Calbook::request('GET', '/me');
    }
}
