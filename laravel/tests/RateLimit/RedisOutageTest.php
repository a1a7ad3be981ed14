<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\RateLimit\MemoryRateLimiter;
use Calbook\Laravel\RateLimit\RedisRateLimiter;
use Calbook\Laravel\Tests\Webhooks\MemoryLogger;
use Calbook\RateLimiter;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Redis going away and coming back: killed midway, unreachable from the start, a read-only
 * replica, a server that accepts but never answers. The per-process fallback answers, one warning
 * is logged, nothing is thrown, and Redis is used again once it answers.
 */
final class RedisOutageTest extends TestCase
{
    use UsesRedisServer;

    private const KEY = 'abcdefabcdefabcdefabcdefabcdef01';

    protected function setUp(): void
    {
        $this->setUpRedis();
    }

    private static function zcard(): int
    {
        return (int) self::server()->command('ZCARD', 'calbook:rl:{' . self::KEY . '}:log');
    }

    /** @return list<array{level: string, message: string, context: array}> */
    private static function warnings(MemoryLogger $log): array
    {
        return $log->matching('warning', 'Redis is unreachable');
    }

    #[DataProvider('clientKinds')]
    public function test_redis_killed_midway_falls_back_with_one_warning_and_is_used_again_when_back(string $kind): void
    {
        $log = new MemoryLogger();
        $l = new RedisRateLimiter(self::client($kind), ['limit' => 4, 'window_s' => 60, 'margin' => 0, 'retry_s' => 0.3, 'logger' => $log]);
        $this->assertSame([0, 0], [$l->acquire(self::KEY, 1, RateLimiter::LIVE), $l->acquire(self::KEY, 1, RateLimiter::LIVE)]);
        $this->assertSame(2, self::zcard());

        self::server()->kill();
        // The per-process budget answers: a budget of its own (4), never an exception.
        $answers = [];
        for ($i = 0; $i < 6; $i++) {
            $answers[] = $l->acquire(self::KEY, 1, RateLimiter::LIVE);
            $l->observe(self::KEY, RateLimiter::LIVE, 200, 4, 3, 60);
        }
        $this->assertSame([0, 0, 0, 0], array_slice($answers, 0, 4));
        $this->assertGreaterThan(0, $answers[4]);
        $this->assertTrue($l->usingFallback());
        $this->assertCount(1, self::warnings($log), $log->dump());
        $this->assertStringContainsString('each process uses its own rate-limit budget', self::warnings($log)[0]['message']);
        $this->assertNotEmpty(self::warnings($log)[0]['context']['error']);
        $this->assertFalse($l->check()['redis']);

        // Still down after the retry time: tried again, still one warning.
        usleep(350_000);
        $l->acquire(self::KEY, 1, RateLimiter::BATCH);
        $this->assertCount(1, self::warnings($log));

        self::server()->start();
        $this->assertSame(0, self::zcard(), 'a new, empty Redis');
        usleep(350_000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertSame(1, self::zcard(), 'the grant is in Redis again');
        $this->assertFalse($l->usingFallback());
        $this->assertCount(1, $log->matching('info', 'Redis answers again'));
        $this->assertCount(1, self::warnings($log));
        $this->assertTrue($l->check()['redis']);
        // And the next outage is reported again.
        self::server()->kill();
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 4, 3, 60);
        $this->assertCount(2, self::warnings($log));
        self::server()->start();
    }

    #[DataProvider('clientKinds')]
    public function test_redis_unreachable_from_the_start_is_a_fallback_not_an_exception(string $kind): void
    {
        $port = self::server()->port;
        self::server()->kill();
        $log = new MemoryLogger();
        $made = 0;
        // A factory: the connection is made when first needed, and again after a failure.
        $factory = static function () use ($kind, $port, &$made) {
            $made++;
            return self::client($kind, $port);
        };
        $l = new RedisRateLimiter($factory, ['limit' => 3, 'window_s' => 60, 'margin' => 0, 'retry_s' => 0.2, 'logger' => $log]);
        $this->assertSame([0, 0, 0], [$l->acquire(self::KEY, 1, RateLimiter::BATCH), $l->acquire(self::KEY, 1, RateLimiter::LIVE),
            $l->acquire(self::KEY, 1, RateLimiter::LIVE)]);
        $this->assertGreaterThan(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertCount(1, self::warnings($log));
        self::server()->start();
        usleep(250_000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertSame(1, self::zcard());
        $this->assertGreaterThanOrEqual(2, $made);
        $this->assertCount(1, $log->matching('info', 'Redis answers again'));
    }

    #[DataProvider('clientKinds')]
    public function test_a_read_only_replica_is_a_fallback(string $kind): void
    {
        $log = new MemoryLogger();
        $fallback = new MemoryRateLimiter(['limit' => 2, 'window_s' => 60, 'margin' => 0]);
        $l = new RedisRateLimiter(self::client($kind), ['limit' => 5, 'window_s' => 60, 'margin' => 0, 'retry_s' => 0.2,
            'logger' => $log, 'fallback' => $fallback]);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        // Failover left us on a replica (its master is nowhere): every write is READONLY.
        self::server()->command('REPLICAOF', '127.0.0.1', '1');
        $this->assertSame([0, 0], [$l->acquire(self::KEY, 1, RateLimiter::LIVE), $l->acquire(self::KEY, 1, RateLimiter::LIVE)]);
        $this->assertGreaterThan(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE), 'the given fallback (2) answers');
        $this->assertCount(1, self::warnings($log));
        $this->assertStringContainsString('READONLY', self::warnings($log)[0]['context']['error']);
        self::server()->command('REPLICAOF', 'NO', 'ONE');
        usleep(250_000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertSame(2, self::zcard());
    }

    #[DataProvider('clientKinds')]
    public function test_a_redis_that_never_answers_costs_a_timeout_not_a_stall(string $kind): void
    {
        $log = new MemoryLogger();
        $l = new RedisRateLimiter(self::client($kind), ['limit' => 5, 'window_s' => 60, 'retry_s' => 30, 'logger' => $log]);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        self::server()->pause();
        try {
            $t0 = hrtime(true);
            $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
            $first = (hrtime(true) - $t0) / 1e6;
            $t0 = hrtime(true);
            for ($i = 0; $i < 3; $i++) {
                $l->acquire(self::KEY, 1, RateLimiter::LIVE);
                $l->observe(self::KEY, RateLimiter::LIVE, 200, 5, 4, 60);
            }
            $next = (hrtime(true) - $t0) / 1e6;
        } finally {
            self::server()->resume();
        }
        // The client's read timeout (0.25 s) ends the first wait; until retry_s nothing waits on Redis.
        $this->assertLessThan(2000, $first);
        $this->assertLessThan(500, $next);
        $this->assertTrue($l->usingFallback());
        $this->assertCount(1, self::warnings($log));
    }

    public function test_a_failing_logger_changes_nothing(): void
    {
        $logger = new class extends \Psr\Log\AbstractLogger {
            public int $calls = 0;

            public function log($level, \Stringable|string $message, array $context = []): void
            {
                $this->calls++;
                throw new \RuntimeException('the log disk is full');
            }
        };
        $l = new RedisRateLimiter(self::client('predis'), ['limit' => 5, 'window_s' => 60, 'retry_s' => 0.2, 'logger' => $logger]);
        self::server()->kill();
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 5, 4, 60);
        self::server()->start();
        usleep(250_000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertSame(2, $logger->calls, 'the warning and the recovery were attempted');
        $this->assertSame(1, self::zcard());
    }
}
