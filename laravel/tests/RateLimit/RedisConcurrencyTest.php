<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\RateLimit\RedisRateLimiter;
use Calbook\RateLimiter;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Several processes (pcntl_fork, each with its own Redis connection) asking for one key's budget
 * as fast as they can: across all of them never more grants in a window than the budget, and
 * batch never more than its share.
 */
final class RedisConcurrencyTest extends TestCase
{
    use UsesRedisServer;

    private const KEY = '5555555555555555aaaaaaaaaaaaaaaa';

    protected function setUp(): void
    {
        $this->setUpRedis();
    }

    /**
     * Forks one child per priority given; each asks for 1.5 s and reports its grants.
     *
     * @param list<string> $priorities
     * @return list<array{priority: string, granted: int, asked: int, fallback: bool}>
     */
    private function hammer(string $kind, array $priorities, array $options): array
    {
        $dir = self::server()->dir;
        $start = microtime(true) + 0.3;   // all children start together
        $pids = [];
        foreach ($priorities as $i => $priority) {
            $pid = pcntl_fork();
            $this->assertNotSame(-1, $pid, 'fork failed');
            if ($pid === 0) {
                $result = ['priority' => $priority, 'granted' => 0, 'asked' => 0, 'fallback' => true];
                try {
                    $l = new RedisRateLimiter(self::client($kind), $options);
                    while (microtime(true) < $start) {
                        usleep(1000);
                    }
                    while (microtime(true) < $start + 1.5) {
                        $result['asked']++;
                        if ($l->acquire(self::KEY, 1, $priority) === 0) {
                            $result['granted']++;
                        }
                    }
                    $result['fallback'] = $l->usingFallback();
                } finally {
                    file_put_contents("$dir/child-$i.json", json_encode($result));
                    // No destructors, no shutdown functions of the parent's test run.
                    posix_kill(posix_getpid(), SIGKILL);
                }
            }
            $pids[] = $pid;
        }
        foreach ($pids as $pid) {
            pcntl_waitpid($pid, $status);
        }
        $results = [];
        foreach (array_keys($priorities) as $i) {
            $file = "$dir/child-$i.json";
            $this->assertFileExists($file);
            $results[] = json_decode((string) file_get_contents($file), true);
            unlink($file);
        }
        return $results;
    }

    #[DataProvider('clientKinds')]
    public function test_four_processes_never_get_more_than_the_budget_of_the_window(string $kind): void
    {
        $results = $this->hammer($kind, array_fill(0, 4, RateLimiter::LIVE), ['limit' => 50, 'window_s' => 30, 'margin' => 2]);
        $granted = array_sum(array_column($results, 'granted'));
        $asked = array_sum(array_column($results, 'asked'));
        $this->assertSame(48, $granted, json_encode($results));
        $this->assertGreaterThan(48, $asked, 'the processes did compete');
        $this->assertSame([false, false, false, false], array_column($results, 'fallback'));
        $this->assertSame(48, (int) self::server()->command('ZCARD', 'calbook:rl:{' . self::KEY . '}:log'));
    }

    #[DataProvider('clientKinds')]
    public function test_concurrent_batch_stays_within_its_share_and_live_gets_the_rest(string $kind): void
    {
        $results = $this->hammer($kind, [RateLimiter::BATCH, RateLimiter::BATCH, RateLimiter::BATCH, RateLimiter::LIVE],
            ['limit' => 40, 'window_s' => 30, 'margin' => 0, 'batch_share' => 0.5]);
        $batch = 0;
        $live = 0;
        foreach ($results as $r) {
            $r['priority'] === RateLimiter::BATCH ? $batch += $r['granted'] : $live += $r['granted'];
        }
        $this->assertLessThanOrEqual(20, $batch, json_encode($results));
        $this->assertSame(40, $batch + $live, json_encode($results));
        $this->assertGreaterThanOrEqual(20, $live, 'live is never short because of batch');
    }
}
