<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use Calbook\RateLimiter;

/**
 * The budget of RedisRateLimiter kept in this process only: the same rules (a sliding log per
 * key id, BATCH within batch_share of the window, a margin, blocking after a 429, adopting the
 * server's limit, count and window, BATCH paced over the window), for one worker or as the fallback while Redis is unreachable.
 * Several processes with a MemoryRateLimiter each have a budget of their own.
 *
 * Options: limit, window_s, batch_share, margin, batch_burst (see Budget).
 */
final class MemoryRateLimiter implements RateLimiter
{
    private readonly Budget $budget;
    /** @var array<string, array{log: list<float>, limit: ?int, blocked: float, wend: float, bnext: float}> */
    private array $keys = [];

    public function __construct(array $options = [])
    {
        $this->budget = new Budget(array_intersect_key($options, array_flip(['limit', 'window_s', 'batch_share', 'margin', 'batch_burst'])));
    }

    public function acquire(string $keyId, int $cost, string $priority): int
    {
        Budget::checkAcquire($cost, $priority);
        $id = Budget::keyId($keyId);
        $now = self::now();
        $k = $this->keys[$id] ?? ['log' => [], 'limit' => null, 'blocked' => 0.0, 'wend' => 0.0, 'bnext' => 0.0];
        if ($k['blocked'] > $now) {
            return max(1, (int) ceil($k['blocked'] - $now));
        }
        $window = $this->budget->windowMs;
        $log = $k['log'];
        while ($log !== [] && $log[0] <= $now - $window) {
            array_shift($log);
        }
        $limit = $k['limit'] ?? $this->budget->limit;
        $cap = $this->budget->cap($limit, $priority);
        $used = count($log);
        if ($cap < $cost) {
            $wait = $window;
        } else {
            // The entry whose leaving the window makes room for $cost more.
            $wait = $used + $cost <= $cap ? 0 : max(1, (int) ceil($log[$used + $cost - $cap - 1] + $window - $now));
            $next = $k['bnext'];
            if ($priority === RateLimiter::BATCH) {
                [$paced, $next] = $this->budget->pace($k['bnext'], $now, $cost, $limit);
                $wait = max($wait, $paced);
            }
            if ($wait === 0) {
                for ($i = 0; $i < $cost; $i++) {
                    $log[] = $now;
                }
                $k['bnext'] = $next;
            }
        }
        $k['log'] = $log;
        $this->keys[$id] = $k;
        return $wait;
    }

    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        Budget::checkPriority($priority);
        $id = Budget::keyId($keyId);
        $now = self::now();
        $window = $this->budget->windowMs;
        $k = $this->keys[$id] ?? ['log' => [], 'limit' => null, 'blocked' => 0.0, 'wend' => 0.0, 'bnext' => 0.0];
        [$limit, $remaining, $reset] = [Budget::header($limit), Budget::header($remaining), Budget::header($resetSeconds)];
        if ($limit !== null && $limit > 0) {
            $k['limit'] = $limit;
        }
        if ($status === 429 || $remaining === 0) {
            // Cal.com blocks the key: nothing is granted until the block (or window) ends.
            $k['blocked'] = max($k['blocked'], $now + ($reset !== null && $reset > 0 ? $reset * 1000 : $window));
        } elseif ($remaining !== null) {
            $phantomAt = $now;
            if ($reset !== null) {
                $wend = $now + min($reset * 1000, $window);
                if ($wend > $k['wend'] + 1500) {
                    // A new server window: what was granted before it began is not counted by the server.
                    $start = $wend - $window - 1000;
                    $k['log'] = array_values(array_filter($k['log'], static fn (float $t) => $t >= $start));
                    $k['wend'] = $wend;
                }
                $phantomAt = $wend - $window;
            }
            // The server counted more than we granted (other clients of the key): adopt its count,
            // for as long as its window lasts.
            $missing = ($k['limit'] ?? $this->budget->limit) - $remaining - count($k['log']);
            if ($missing > 0) {
                for ($i = 0; $i < $missing; $i++) {
                    $k['log'][] = $phantomAt;
                }
                sort($k['log']);
            }
        }
        $this->keys[$id] = $k;
    }

    private static function now(): float
    {
        return hrtime(true) / 1e6;
    }
}
