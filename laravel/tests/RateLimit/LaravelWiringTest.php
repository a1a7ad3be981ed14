<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\Exceptions\ConfigurationException;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\RateLimit\MemoryRateLimiter;
use Calbook\Laravel\RateLimit\RedisRateLimiter;
use Calbook\Laravel\Tests\TestCase;
use Calbook\Laravel\Tests\Webhooks\MemoryLogger;
use Calbook\RateLimiter;
use Illuminate\Support\Facades\Artisan;
use PHPUnit\Framework\Attributes\DataProvider;

/**
 * config('calbook.rate_limiter') in a Laravel application: the manager builds the limiter once
 * per process and gives it to every client it builds (option 'rate_limiter'); 'redis' uses a
 * connection of config/database.php (phpredis or Predis) with short timeouts and falls back
 * while it is down; calbook:doctor reports it.
 */
final class LaravelWiringTest extends TestCase
{
    use UsesRedisServer;

    private ?string $redisClient = null;

    protected function defineEnvironment($app): void
    {
        $config = $app['config'];
        $config->set('database.redis', [
            'client' => $this->redisClient ?? 'predis',
            'options' => ['prefix' => 'myapp_'],
            'default' => ['host' => '127.0.0.1', 'port' => self::server()->port, 'database' => 0, 'timeout' => 30, 'read_timeout' => 30],
        ]);
        $config->set('calbook.connections.salon-2', ['api_key' => 'cal_test_two', 'base_url' => 'http://127.0.0.1:9/v2']);
        $config->set('calbook.tenants.companies', [2 => 'salon-2']);
        // As from the environment: strings.
        $config->set('calbook.rate_limiter', 'redis');
        $config->set('calbook.rate_limit', ['limit' => '30', 'window_s' => '60', 'batch_share' => '0.5', 'margin' => '1', 'batch_burst' => '20',
            'prefix' => 'rl:', 'retry_s' => 0.2, 'redis' => ['connection' => 'default', 'timeout_s' => 0.25, 'read_timeout_s' => 0.25]]);
    }

    /** Boots the application again with $kind as the Redis client of config/database.php. */
    private function boot(string $kind): void
    {
        $this->redisClient = $kind;
        $this->refreshApplication();
        $this->setUpRedis();
    }

    #[DataProvider('clientKinds')]
    public function test_every_client_gets_the_shared_redis_limiter_from_the_config(string $kind): void
    {
        $this->boot($kind);
        $manager = $this->app->make('calbook');
        $limiter = $manager->rateLimiter();
        $this->assertInstanceOf(RedisRateLimiter::class, $limiter);
        $this->assertSame($limiter, $manager->rateLimiter(), 'one per process');
        $this->assertSame(['limit' => 30, 'window_s' => 60, 'batch_share' => 0.5, 'margin' => 1, 'batch_burst' => 20, 'prefix' => 'rl:'], $limiter->describeBudget());

        $default = Calbook::connection();
        $this->assertSame($limiter, $default->clientOptions()['rate_limiter']);
        $this->assertArrayNotHasKey('priority', $default->clientOptions());
        $this->assertSame($limiter, Calbook::forCompany(2)->clientOptions()['rate_limiter']);
        Calbook::resolveTenantsUsing(fn ($id) => ['api_key' => 'cal_test_tenant_' . $id]);
        $this->assertSame($limiter, Calbook::forCompany(77)->clientOptions()['rate_limiter']);
        $batch = $default->withPriority(RateLimiter::BATCH);
        $this->assertSame(RateLimiter::BATCH, $batch->clientOptions()['priority']);
        $this->assertSame($limiter, $batch->clientOptions()['rate_limiter']);
        $this->assertSame($batch, $default->withPriority(RateLimiter::BATCH), 'kept');
        $this->assertSame($batch, $batch->withPriority(RateLimiter::BATCH));
        $this->assertSame(RateLimiter::LIVE, $default->withPriority(RateLimiter::LIVE)->clientOptions()['priority'], 'every call live, getBookings too');
        $this->assertNull($default->priority(), 'the connection itself: the per-method defaults');
        // An explicit option of the connection wins.
        $this->app['config']->set('calbook.connections.own', ['api_key' => 'k', 'options' => ['rate_limiter' => null]]);
        $this->assertNull(Calbook::connection('own')->clientOptions()['rate_limiter']);

        // The budget is in the Redis of config/database.php, under both prefixes, with the configured rules.
        $keyId = substr(hash('sha256', 'cal_test_fake'), 0, 32);
        $granted = 0;
        for ($i = 0; $i < 20; $i++) {
            $granted += $limiter->acquire($keyId, 1, RateLimiter::BATCH) === 0 ? 1 : 0;
        }
        $this->assertSame(14, $granted, 'batch: half of 30 - 1');
        // The state holds the next batch slot only: it expires a window after the last batch grant.
        $this->assertSame(["myapp_rl:{{$keyId}}:batch", "myapp_rl:{{$keyId}}:log", "myapp_rl:{{$keyId}}:state"], self::keys());
        $ttl = (int) self::server()->command('PTTL', "myapp_rl:{{$keyId}}:state");
        $this->assertGreaterThan(55_000, $ttl);
        $this->assertLessThanOrEqual(61_000, $ttl);
        $ttl = (int) self::server()->command('PTTL', "myapp_rl:{{$keyId}}:batch");
        $this->assertGreaterThan(55_000, $ttl, 'the batch grants expire a window after the last one');
        $this->assertLessThanOrEqual(61_000, $ttl);
        $this->assertFalse($limiter->usingFallback());

        Artisan::call('calbook:doctor', ['--connection' => ['default'], '--skip-webhooks' => true]);
        $out = Artisan::output();
        $this->assertMatchesRegularExpression('/\[ok\]\s+limiter\s+redis \(connection default\): 30 per 60 s, batch 50%, margin 1, keys rl:\*/', $out);
        $this->assertMatchesRegularExpression('/\[ok\]\s+redis\s+PING answered in [0-9.]+ ms/', $out);
    }

    #[DataProvider('clientKinds')]
    public function test_redis_down_when_the_app_starts_is_a_fallback_with_one_warning(string $kind): void
    {
        $this->boot($kind);
        $log = new MemoryLogger();
        $this->app->instance('log', $log);
        self::server()->kill();
        $limiter = Calbook::connection()->clientOptions()['rate_limiter'];
        $this->assertInstanceOf(RedisRateLimiter::class, $limiter);
        $keyId = str_repeat('7', 32);
        $this->assertSame(0, $limiter->acquire($keyId, 1, RateLimiter::LIVE));
        $limiter->observe($keyId, RateLimiter::LIVE, 200, 30, 28, 50);
        $this->assertTrue($limiter->usingFallback());
        $this->assertCount(1, $log->matching('warning', 'Redis is unreachable'), $log->dump());

        Artisan::call('calbook:doctor', ['--connection' => ['default'], '--skip-webhooks' => true]);
        $this->assertMatchesRegularExpression('/\[FAIL\]\s+redis\s+does not answer \(.+\): each process falls back to its own budget/', Artisan::output());

        self::server()->start();
        usleep(250_000);
        $this->assertSame(0, $limiter->acquire($keyId, 1, RateLimiter::LIVE));
        $this->assertFalse($limiter->usingFallback());
        $this->assertSame(["myapp_rl:{{$keyId}}:log"], self::keys());
        $this->assertCount(1, $log->matching('info', 'Redis answers again'));
    }

    #[DataProvider('clientKinds')]
    public function test_a_laravel_redis_connection_can_be_given_directly(string $kind): void
    {
        $this->boot($kind);
        $log = new MemoryLogger();
        $l = new RedisRateLimiter($this->app->make('redis')->connection('default'),
            ['limit' => 2, 'margin' => 0, 'retry_s' => 0.2, 'logger' => $log]);
        $key = str_repeat('4', 32);
        $this->assertSame([0, 0], [$l->acquire($key, 1, RateLimiter::LIVE), $l->acquire($key, 1, RateLimiter::LIVE)]);
        $this->assertGreaterThan(59000, $l->acquire($key, 1, RateLimiter::LIVE));
        $this->assertSame(["myapp_calbook:rl:{{$key}}:log"], self::keys());
        self::server()->kill();
        $this->assertSame(0, $l->acquire($key, 1, RateLimiter::LIVE), 'the fallback');
        self::server()->start();
        usleep(250_000);
        $this->assertSame(0, $l->acquire($key, 1, RateLimiter::LIVE), 'the new, empty Redis');
        $this->assertSame(1, (int) self::server()->command('ZCARD', "myapp_calbook:rl:{{$key}}:log"), $log->dump() . json_encode(self::keys()));
        $this->assertCount(1, $log->matching('warning', 'Redis is unreachable'));
        $this->assertCount(1, $log->matching('info', 'Redis answers again'));
    }

    public function test_memory_none_a_class_or_a_binding(): void
    {
        $config = $this->app['config'];
        $manager = $this->app->make('calbook');

        $config->set('calbook.rate_limiter', 'memory');
        $manager->forgetConnections();
        $this->assertInstanceOf(MemoryRateLimiter::class, $manager->rateLimiter());
        $this->assertSame($manager->rateLimiter(), Calbook::connection()->clientOptions()['rate_limiter']);
        Artisan::call('calbook:doctor', ['--connection' => ['default'], '--skip-webhooks' => true]);
        $this->assertMatchesRegularExpression('/\[ok\]\s+limiter\s+memory: a budget per process/', Artisan::output());

        $config->set('calbook.rate_limiter', null);
        $manager->forgetConnections();
        $this->assertNull($manager->rateLimiter());
        $this->assertArrayNotHasKey('rate_limiter', Calbook::connection()->clientOptions());
        Artisan::call('calbook:doctor', ['--connection' => ['default'], '--skip-webhooks' => true]);
        $this->assertMatchesRegularExpression('/\[ok\]\s+limiter\s+none/', Artisan::output());

        $config->set('calbook.rate_limiter', CountingLimiter::class);
        $manager->forgetConnections();
        $this->assertInstanceOf(CountingLimiter::class, $manager->rateLimiter());

        $this->app->singleton('my.limiter', fn () => new CountingLimiter());
        $config->set('calbook.rate_limiter', 'my.limiter');
        $manager->forgetConnections();
        $this->assertSame($this->app->make('my.limiter'), Calbook::connection()->clientOptions()['rate_limiter']);

        foreach ([
            ['nonsense', [], "'nonsense' is neither redis, memory, a binding nor a class"],
            [\stdClass::class, [], 'does not implement Calbook\RateLimiter'],
            ['memory', ['batch_share' => '1.5'], 'batch_share must be between 0 and 1'],
            ['redis', ['limit' => 'many'], 'limit must be an integer'],
        ] as [$kind, $rules, $message]) {
            $config->set('calbook.rate_limiter', $kind);
            $config->set('calbook.rate_limit', $rules);
            $manager->forgetConnections();
            try {
                $manager->rateLimiter();
                $this->fail("$kind accepted");
            } catch (ConfigurationException $e) {
                $this->assertStringContainsString($message, $e->getMessage());
            }
            $code = Artisan::call('calbook:doctor', ['--connection' => ['default'], '--skip-webhooks' => true]);
            $this->assertSame(1, $code);
            $this->assertMatchesRegularExpression('/\[FAIL\]\s+limiter\s+calbook: config calbook\.rate_limit/', Artisan::output());
        }
    }

    public function test_a_forked_worker_builds_its_own_limiter(): void
    {
        $this->setUpRedis();
        $manager = $this->app->make('calbook');
        $parent = $manager->rateLimiter();
        $this->assertSame(0, $parent->acquire(str_repeat('1', 32), 1, RateLimiter::LIVE));
        $file = self::server()->dir . '/fork.json';
        $pid = pcntl_fork();
        if ($pid === 0) {
            try {
                $child = $manager->rateLimiter();
                $result = ['own' => $child !== $parent && $child instanceof RedisRateLimiter,
                    'granted' => $child->acquire(str_repeat('1', 32), 1, RateLimiter::LIVE), 'fallback' => $child->usingFallback(),
                    'same_in_client' => Calbook::connection()->clientOptions()['rate_limiter'] === $child];
                file_put_contents($file, json_encode($result));
            } finally {
                posix_kill(posix_getpid(), SIGKILL);
            }
        }
        pcntl_waitpid($pid, $status);
        $this->assertSame(['own' => true, 'granted' => 0, 'fallback' => false, 'same_in_client' => true],
            json_decode((string) file_get_contents($file), true));
        unlink($file);
        $this->assertSame(2, (int) self::server()->command('ZCARD', 'myapp_rl:{' . str_repeat('1', 32) . '}:log'));
        $this->assertSame($parent, $manager->rateLimiter());
    }
}
