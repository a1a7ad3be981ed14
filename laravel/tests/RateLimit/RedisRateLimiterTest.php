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
 * RedisRateLimiter against a real redis-server, with each client this PHP has (phpredis, Predis),
 * and MemoryRateLimiter with the same rules: grants and waits, batch share, the margin,
 * observe(), keys and TTLs, script cache loss.
 */
final class RedisRateLimiterTest extends TestCase
{
    use UsesRedisServer;

    private const KEY = '0123456789abcdef0123456789abcdef';

    protected function setUp(): void
    {
        $this->setUpRedis();
    }

    /** @return array<string, array{0: string}> redis limiters of each client kind, and the memory one */
    public static function limiters(): array
    {
        return self::clientKinds() + ['memory' => ['memory']];
    }

    private function limiter(string $kind, array $options = []): RateLimiter
    {
        $options += ['margin' => 0];
        return $kind === 'memory' ? new MemoryRateLimiter($options) : new RedisRateLimiter(self::client($kind), $options);
    }

    /** @return list<int> */
    private static function ask(RateLimiter $l, int $n, string $priority = RateLimiter::LIVE, string $key = self::KEY): array
    {
        $out = [];
        for ($i = 0; $i < $n; $i++) {
            $out[] = $l->acquire($key, 1, $priority);
        }
        return $out;
    }

    private static function granted(array $answers): int
    {
        return count(array_filter($answers, static fn (int $w) => $w === 0));
    }

    #[DataProvider('limiters')]
    public function test_grants_up_to_the_limit_then_says_how_long_until_the_oldest_grant_leaves_the_window(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 5, 'window_s' => 2]);
        $answers = self::ask($l, 7);
        $this->assertSame([0, 0, 0, 0, 0], array_slice($answers, 0, 5));
        foreach (array_slice($answers, 5) as $wait) {
            $this->assertGreaterThan(1500, $wait);
            $this->assertLessThanOrEqual(2000, $wait);
        }
        usleep(400_000);
        $wait = $l->acquire(self::KEY, 1, RateLimiter::LIVE);
        $this->assertGreaterThan(0, $wait);
        $this->assertLessThanOrEqual(1620, $wait, 'the wait shrinks as time passes');
        usleep(($wait + 30) * 1000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE), 'granted once the wait has passed');
        // Another key has a budget of its own.
        $this->assertSame(5, self::granted(self::ask($l, 5, RateLimiter::LIVE, 'fedcba9876543210fedcba9876543210')));
    }

    #[DataProvider('limiters')]
    public function test_the_margin_is_never_granted_and_a_cost_above_the_budget_waits_a_window(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 10, 'margin' => 3, 'window_s' => 30]);
        $this->assertSame(7, self::granted(self::ask($l, 12)));
        $other = $this->limiter($kind, ['limit' => 10, 'margin' => 3, 'window_s' => 30]);
        $this->assertSame(30000, $other->acquire('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 8, RateLimiter::LIVE));
        $this->assertSame(0, $other->acquire('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 7, RateLimiter::LIVE));
    }

    #[DataProvider('limiters')]
    public function test_batch_gets_its_share_of_the_window_and_live_the_rest(string $kind): void
    {
        // A burst allowance of the whole share: the window's cap alone, without pacing.
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 30, 'batch_share' => 0.7, 'batch_burst' => 100]);
        $batch = self::ask($l, 20, RateLimiter::BATCH);
        $this->assertSame(7, self::granted($batch), 'batch: 70% of 10');
        $this->assertGreaterThan(29000, $batch[7]);
        // Live is not held up by the batch traffic: the rest of the window is its.
        $this->assertSame([0, 0, 0], self::ask($l, 3));
        $this->assertGreaterThan(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
    }

    #[DataProvider('limiters')]
    public function test_batch_share_counts_batch_grants_and_every_grant_fits_the_whole(string $kind): void
    {
        // 10 usable (limit 10, margin 0); batch grants alone at most half of it.
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 30, 'batch_share' => 0.5, 'batch_burst' => 100]);
        $this->assertSame(3, self::granted(self::ask($l, 3)), 'live first');
        // Live traffic within its part does not shrink batch's: batch still gets its 5.
        $this->assertSame(5, self::granted(self::ask($l, 7, RateLimiter::BATCH)));
        $this->assertSame(2, self::granted(self::ask($l, 4)), 'live: what is left of the whole');
        // Heavy live traffic: batch gets only what is left of the whole window.
        $k = 'cccccccccccccccccccccccccccccccc';
        $this->assertSame(9, self::granted(self::ask($l, 9, RateLimiter::LIVE, $k)));
        $batch = self::ask($l, 3, RateLimiter::BATCH, $k);
        $this->assertSame(1, self::granted($batch), 'the whole window is full after one');
        $this->assertGreaterThan(29000, $batch[1], 'until the oldest grant leaves the window');
        $none = $this->limiter($kind, ['limit' => 10, 'window_s' => 30, 'batch_share' => 0]);
        $this->assertSame(30000, $none->acquire('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 1, RateLimiter::BATCH), 'batch_share 0: never batch');
    }

    #[DataProvider('limiters')]
    public function test_batch_grants_are_paced_at_most_the_burst_at_once_then_one_per_interval(string $kind): void
    {
        // Batch may use 10 per 3 s: one every 300 ms, at most 3 at once.
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 3, 'batch_share' => 1.0, 'batch_burst' => 3]);
        $answers = self::ask($l, 6, RateLimiter::BATCH);
        $this->assertSame([0, 0, 0], array_slice($answers, 0, 3), 'the burst allowance at once');
        foreach (array_slice($answers, 3) as $wait) {
            $this->assertGreaterThan(200, $wait, 'then paced, although the window has room for 7 more');
            $this->assertLessThanOrEqual(300, $wait, 'the wait is until the next batch slot, not a window');
        }
        usleep(($answers[3] + 20) * 1000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::BATCH), 'granted at its slot');
        $next = $l->acquire(self::KEY, 1, RateLimiter::BATCH);
        $this->assertGreaterThan(200, $next, 'one per slot: the next one waits an interval again');
        $this->assertLessThanOrEqual(300, $next);
        // A cost above the burst is granted alone once its slots are due, never refused for ever.
        $other = $this->limiter($kind, ['limit' => 10, 'window_s' => 3, 'batch_share' => 1.0, 'batch_burst' => 2]);
        $this->assertSame(0, $other->acquire('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 4, RateLimiter::BATCH));
        $wait = $other->acquire('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1, RateLimiter::BATCH);
        $this->assertGreaterThan(800, $wait, 'the 4 slots taken are paid for before the next grant (less the burst of 2)');
        $this->assertLessThanOrEqual(900, $wait);
    }

    #[DataProvider('limiters')]
    public function test_live_is_never_paced_and_does_not_take_batch_slots(string $kind): void
    {
        // Batch: 8 per 30 s, one every 3.75 s.
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 30, 'batch_share' => 0.8, 'batch_burst' => 3]);
        // Live first: it takes window budget but no batch slot, the batch burst is still whole.
        $this->assertSame([0, 0], self::ask($l, 2));
        $this->assertSame([0, 0, 0], self::ask($l, 3, RateLimiter::BATCH));
        $paced = $l->acquire(self::KEY, 1, RateLimiter::BATCH);
        $this->assertGreaterThan(3000, $paced, 'batch: paced although 3 of its 8 are left');
        $this->assertLessThanOrEqual(3750, $paced, 'until its next slot');
        // Live goes on at once while batch is paced: the rest of the window, back to back.
        $this->assertSame([0, 0, 0, 0, 0], self::ask($l, 5));
        $this->assertGreaterThan(25000, $l->acquire(self::KEY, 1, RateLimiter::LIVE), 'live: only the window holds it');
    }

    #[DataProvider('limiters')]
    public function test_pacing_keeps_the_batch_total_of_a_window(string $kind): void
    {
        // 5 batch grants per 1.2 s (one every 240 ms): a batch caller that always waits what it is
        // told gets about as many over two windows as the window allows, never more in any window.
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 1.2, 'batch_share' => 0.5, 'batch_burst' => 2]);
        $t0 = hrtime(true) / 1e6;
        $granted = [];
        while (($now = hrtime(true) / 1e6) < $t0 + 2400) {
            $wait = $l->acquire(self::KEY, 1, RateLimiter::BATCH);
            if ($wait === 0) {
                $granted[] = $now - $t0;
                continue;
            }
            $this->assertLessThanOrEqual(1200, $wait);
            usleep((int) min($wait, max(1, $t0 + 2400 - $now)) * 1000);
        }
        // The rate of the window: 10 in two windows (the third begins at 2400: left out), one late at most.
        $inTwo = count(array_filter($granted, static fn (float $t) => $t < 2300));
        $this->assertGreaterThanOrEqual(9, $inTwo, json_encode($granted));
        $this->assertLessThanOrEqual(10, $inTwo, json_encode($granted));
        foreach ($granted as $i => $t) {
            $inWindow = count(array_filter($granted, static fn (float $u) => $u >= $t && $u < $t + 1200 - 5));
            $this->assertLessThanOrEqual(5, $inWindow, "no window holds more than the batch share (from grant $i)");
        }
        // Spread: never more than the burst within one interval.
        for ($i = 2; $i < count($granted); $i++) {
            $this->assertGreaterThan(200, $granted[$i] - $granted[$i - 2], 'at most 2 grants within an interval: ' . json_encode($granted));
        }
    }

    #[DataProvider('limiters')]
    public function test_a_429_blocks_the_key_until_the_reset_for_both_priorities(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 100, 'window_s' => 60]);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $l->observe(self::KEY, RateLimiter::LIVE, 429, 100, 0, 2);
        $live = $l->acquire(self::KEY, 1, RateLimiter::LIVE);
        $this->assertGreaterThan(1500, $live);
        $this->assertLessThanOrEqual(2000, $live);
        $this->assertGreaterThan(1000, $l->acquire(self::KEY, 1, RateLimiter::BATCH));
        usleep(($live + 30) * 1000);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE), 'free again after the reset');
        // A 429 without headers blocks for a window; remaining 0 blocks like a 429.
        $l->observe('cccccccccccccccccccccccccccccccc', RateLimiter::BATCH, 429, null, null, null);
        $this->assertGreaterThan(59000, $l->acquire('cccccccccccccccccccccccccccccccc', 1, RateLimiter::LIVE));
        $l->observe('dddddddddddddddddddddddddddddddd', RateLimiter::LIVE, 200, 100, 0, 5);
        $wait = $l->acquire('dddddddddddddddddddddddddddddddd', 1, RateLimiter::LIVE);
        $this->assertGreaterThan(4800, $wait);
        $this->assertLessThanOrEqual(5000, $wait);
        // A later, shorter block does not shorten it.
        $l->observe('dddddddddddddddddddddddddddddddd', RateLimiter::LIVE, 429, 100, 0, 1);
        $this->assertGreaterThan(4500, $l->acquire('dddddddddddddddddddddddddddddddd', 1, RateLimiter::LIVE));
    }

    #[DataProvider('limiters')]
    public function test_a_larger_server_count_is_adopted_a_smaller_one_is_not(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 30]);
        // Cal.com counted 6 of 10 (other clients of the key): 4 are left.
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 10, 4, 30);
        $this->assertSame(4, self::granted(self::ask($l, 6)));
        // Cal.com says 9 left (it has not seen ours yet): our count stands.
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 10, 9, 29);
        $this->assertSame(0, self::granted(self::ask($l, 2)));
        // Without a reset header the adopted count lasts a window.
        $l->observe('eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', RateLimiter::LIVE, 200, null, 7, null);
        $this->assertSame(7, self::granted(self::ask($l, 9, RateLimiter::LIVE, 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee')));
    }

    #[DataProvider('limiters')]
    public function test_requests_this_budget_did_not_grant_count_against_the_batch_share(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 10, 'window_s' => 30, 'batch_share' => 0.5, 'batch_burst' => 100]);
        // Cal.com counted 4 that went around this budget (another process while Redis was down).
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 10, 6, 30);
        $this->assertSame(1, self::granted(self::ask($l, 5, RateLimiter::BATCH)), 'batch: its 5 less the 4 unknown');
        $this->assertSame(5, self::granted(self::ask($l, 8)), 'live keeps its part: 10 - 4 - 1');
    }

    #[DataProvider('limiters')]
    public function test_the_limit_header_replaces_the_configured_limit(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 120, 'window_s' => 30]);
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 4, 4, 30);
        $this->assertSame(4, self::granted(self::ask($l, 6)));
        // A raised limit (Cal.com raised the key's quota).
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 8, 4, 30);
        $this->assertSame(4, self::granted(self::ask($l, 6)));
        // Nonsense headers are ignored.
        $l->observe(self::KEY, RateLimiter::LIVE, 200, -5, null, null);
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 0, null, null);
        $this->assertSame(0, self::granted(self::ask($l, 1)));
    }

    #[DataProvider('limiters')]
    public function test_a_new_server_window_drops_the_grants_made_before_it(string $kind): void
    {
        $l = $this->limiter($kind, ['limit' => 5, 'window_s' => 3]);
        $this->assertSame(5, self::granted(self::ask($l, 6)));
        usleep(1_200_000);
        $this->assertGreaterThan(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE), 'the sliding log alone still holds them');
        // Cal.com: a fresh window of 3 s with 5 left; what we granted 1.2 s ago was in the old one.
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 5, 5, 3);
        $this->assertSame(5, self::granted(self::ask($l, 6)));
        // The same window seen again (its end a second earlier): nothing is dropped.
        $l->observe(self::KEY, RateLimiter::LIVE, 200, 5, 4, 2);
        $this->assertSame(0, self::granted(self::ask($l, 2)));
    }

    #[DataProvider('limiters')]
    public function test_bad_arguments_are_refused(string $kind): void
    {
        $l = $this->limiter($kind);
        foreach ([[0, 'live'], [1, 'urgent'], [-1, 'batch']] as [$cost, $priority]) {
            try {
                $l->acquire(self::KEY, $cost, $priority);
                $this->fail("cost $cost, priority $priority accepted");
            } catch (\InvalidArgumentException $e) {
                $this->assertStringStartsWith('calbook rate limit: ', $e->getMessage());
            }
        }
        $this->expectException(\InvalidArgumentException::class);
        $l->observe(self::KEY, 'urgent', 200, null, null, null);
    }

    public function test_bad_options_are_refused(): void
    {
        foreach ([['limit' => 0], ['limit' => '120'], ['window_s' => 0], ['batch_share' => 1.5], ['margin' => -1], ['batch_burst' => 0], ['batch_burst' => 2.5],
            ['prefix' => 5], ['fallback' => new \stdClass()], ['logger' => new \stdClass()], ['retry_s' => 0], ['limits' => 5]] as $options) {
            try {
                new RedisRateLimiter(self::client('predis'), $options);
                $this->fail('accepted ' . json_encode(array_keys($options)));
            } catch (\InvalidArgumentException $e) {
                $this->assertStringStartsWith('calbook rate limit: ', $e->getMessage());
            }
        }
        $this->expectException(\InvalidArgumentException::class);
        new RedisRateLimiter(new \stdClass());
    }

    #[DataProvider('clientKinds')]
    public function test_redis_keys_carry_the_key_id_never_the_key_and_all_expire(string $kind): void
    {
        $apiKey = 'cal_live_5ecret5ecret5ecret5ecret';
        $keyId = substr(hash('sha256', $apiKey), 0, 32);
        $log = new MemoryLogger();
        $l = new RedisRateLimiter(self::client($kind), ['limit' => 10, 'window_s' => 20, 'prefix' => 'app:rl:', 'logger' => $log]);
        $l->acquire($keyId, 1, RateLimiter::LIVE);
        $l->observe($keyId, RateLimiter::BATCH, 200, 10, 3, 20);
        $l->observe($keyId, RateLimiter::LIVE, 429, 10, 0, 60);
        // A key given where the key id belongs is hashed first, never stored.
        $l->acquire($apiKey, 1, RateLimiter::BATCH);
        $l->observe($apiKey, RateLimiter::BATCH, 200, 10, 9, 20);
        $keys = self::keys();
        $this->assertSame(["app:rl:{{$keyId}}:batch", "app:rl:{{$keyId}}:log", "app:rl:{{$keyId}}:state"], $keys);
        $this->assertGreaterThan(0, (int) self::server()->command('PTTL', "app:rl:{{$keyId}}:batch"));
        $this->assertLessThanOrEqual(21000, (int) self::server()->command('PTTL', "app:rl:{{$keyId}}:batch"));
        $this->assertSame($l->keys($keyId), ["app:rl:{{$keyId}}:log", "app:rl:{{$keyId}}:state", "app:rl:{{$keyId}}:batch"]);
        $this->assertGreaterThan(0, (int) self::server()->command('PTTL', "app:rl:{{$keyId}}:log"));
        $this->assertLessThanOrEqual(21000, (int) self::server()->command('PTTL', "app:rl:{{$keyId}}:log"));
        $ttl = (int) self::server()->command('PTTL', "app:rl:{{$keyId}}:state");
        $this->assertGreaterThan(3590000, $ttl);
        $this->assertLessThanOrEqual(3600000, $ttl);
        $dump = json_encode([$keys, self::server()->command('HGETALL', "app:rl:{{$keyId}}:state"),
            self::server()->command('ZRANGE', "app:rl:{{$keyId}}:log", '0', '-1'), $log->records]);
        $this->assertStringNotContainsString('5ecret', $dump);
        $this->assertStringNotContainsString('cal_live', $dump);
        $this->assertSame([], $log->records);
    }

    #[DataProvider('clientKinds')]
    public function test_a_lost_script_cache_is_loaded_again_without_falling_back(string $kind): void
    {
        $log = new MemoryLogger();
        $l = new RedisRateLimiter(self::client($kind), ['limit' => 3, 'window_s' => 30, 'margin' => 0, 'logger' => $log]);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        self::server()->command('SCRIPT', 'FLUSH');
        $this->assertSame([0, 0], self::ask($l, 2));
        self::server()->command('SCRIPT', 'FLUSH');
        $l->observe(self::KEY, RateLimiter::LIVE, 429, 3, 0, 30);
        $this->assertGreaterThan(29000, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertFalse($l->usingFallback());
        $this->assertSame([], $log->records);
        $this->assertSame(3, (int) self::server()->command('ZCARD', "calbook:rl:{" . self::KEY . "}:log"));
    }

    public function test_a_predis_client_without_exceptions_works_and_reloads_the_script(): void
    {
        $client = new \Predis\Client(['host' => '127.0.0.1', 'port' => self::server()->port, 'timeout' => 0.25], ['exceptions' => false]);
        $l = new RedisRateLimiter($client, ['limit' => 2, 'window_s' => 30, 'margin' => 0, 'retry_s' => 60]);
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        self::server()->command('SCRIPT', 'FLUSH');
        $this->assertSame(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertGreaterThan(0, $l->acquire(self::KEY, 1, RateLimiter::LIVE));
        $this->assertFalse($l->usingFallback());
        // An error answered as an object is a failure: the fallback answers.
        self::server()->command('REPLICAOF', '127.0.0.1', '1');
        $this->assertSame(0, $l->acquire('9999999999999999aaaaaaaaaaaaaaaa', 1, RateLimiter::LIVE));
        $this->assertTrue($l->usingFallback());
    }
}
