<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use Calbook\RateLimiter;

/**
 * The budget of RedisRateLimiter kept in this process only: the same rules (a sliding log per
 * key id, BATCH grants alone within batch_share of the window and every grant within the whole, a margin, blocking after a 429, adopting the
 * server's limit, count and window, BATCH paced over the window), for one worker or as the fallback while Redis is unreachable.
 * Several processes with a MemoryRateLimiter each have a budget of their own.
 *
 * Options: limit, window_s, batch_share, margin, batch_burst (see Budget).
 */
final class MemoryRateLimiter implements RateLimiter
{
    private readonly Budget $budget;
    /** @var array<string, array{log: list<float>, blog: list<float>, limit: ?int, blocked: float, wend: float, bnext: float}> */
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
        $k = $this->keys[$id] ?? ['log' => [], 'limit' => null, 'blocked' => 0.0, 'wend' => 0.0, 'bnext' => 0.0, 'blog' => []];
        if ($k['blocked'] > $now) {
            return max(1, (int) ceil($k['blocked'] - $now));
        }
        $window = $this->budget->windowMs;
        $log = self::trim($k['log'], $now - $window);
        $blog = self::trim($k['blog'], $now - $window);
        $limit = $k['limit'] ?? $this->budget->limit;
        $full = $this->budget->cap($limit, RateLimiter::LIVE);
        $cap = $this->budget->cap($limit, $priority);
        $batch = $priority === RateLimiter::BATCH;
        if ($cap < $cost) {
            $wait = $window;
        } else {
            // Every grant fits in the whole window; BATCH grants alone also in BATCH's share.
            $wait = self::room($log, $full, $cost, $window, $now);
            $next = $k['bnext'];
            if ($batch) {
                $wait = max($wait, self::room($blog, $cap, $cost, $window, $now));
                [$paced, $next] = $this->budget->pace($k['bnext'], $now, $cost, $limit);
                $wait = max($wait, $paced);
            }
            if ($wait === 0) {
                for ($i = 0; $i < $cost; $i++) {
                    $log[] = $now;
                    if ($batch) {
                        $blog[] = $now;
                    }
                }
                $k['bnext'] = $next;
            }
        }
        $k['log'] = $log;
        $k['blog'] = $blog;
        $this->keys[$id] = $k;
        return $wait;
    }

    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        Budget::checkPriority($priority);
        $id = Budget::keyId($keyId);
        $now = self::now();
        $window = $this->budget->windowMs;
        $k = $this->keys[$id] ?? ['log' => [], 'limit' => null, 'blocked' => 0.0, 'wend' => 0.0, 'bnext' => 0.0, 'blog' => []];
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
                    $k['blog'] = array_values(array_filter($k['blog'], static fn (float $t) => $t >= $start));
                    $k['wend'] = $wend;
                }
                $phantomAt = $wend - $window;
            }
            // The server counted more than we granted (other clients of the key): adopt its count,
            // for as long as its window lasts.
            $missing = ($k['limit'] ?? $this->budget->limit) - $remaining - count($k['log']);
            if ($missing > 0) {
                // What this budget did not grant (other processes, other clients) counts against
                // BATCH's share too: LIVE keeps its part whoever else spends the key.
                for ($i = 0; $i < $missing; $i++) {
                    $k['log'][] = $phantomAt;
                    $k['blog'][] = $phantomAt;
                }
                sort($k['log']);
                sort($k['blog']);
            }
        }
        $this->keys[$id] = $k;
    }

    /** @param list<float> $log @return list<float> the grants after $since */
    private static function trim(array $log, float $since): array
    {
        while ($log !== [] && $log[0] <= $since) {
            array_shift($log);
        }
        return $log;
    }

    /** 0 when $cost more fit in $log under $max, else ms until the grant whose leaving makes room. */
    private static function room(array $log, int $max, int $cost, float $window, float $now): int
    {
        $used = count($log);
        return $used + $cost <= $max ? 0 : max(1, (int) ceil($log[$used + $cost - $max - 1] + $window - $now));
    }

    private static function now(): float
    {
        return hrtime(true) / 1e6;
    }
}
