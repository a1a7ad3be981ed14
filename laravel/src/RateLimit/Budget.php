<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use Calbook\RateLimiter;
use InvalidArgumentException;

/**
 * The rules of the shared budget, common to RedisRateLimiter and MemoryRateLimiter: checked
 * options and the arguments of acquire()/observe().
 *
 *   limit        requests per window (Cal.com: 120 per API key); replaced by X-RateLimit-Limit-Default
 *   window_s     the window in seconds (Cal.com: 60; a fraction is allowed)
 *   batch_share  the part of the usable budget BATCH grants alone may fill in a window; every
 *                grant (LIVE or BATCH) also fits in the whole usable budget (0.7)
 *   margin       requests of each window never granted: room for in-flight requests, latency and
 *                the server's rounding (2)
 *   batch_burst  BATCH grants are paced: one every window / (BATCH's cap of a window), at most this
 *                many at once after a pause (3); the window's BATCH total is unchanged, it is only
 *                spread over the window instead of granted all at once when it frees. LIVE is never paced.
 *
 * @internal
 */
final class Budget
{
    public readonly int $limit;
    public readonly int $windowMs;
    public readonly float $batchShare;
    public readonly int $margin;
    public readonly int $batchBurst;

    public function __construct(array $options)
    {
        $this->limit = self::int($options, 'limit', 120, 1, 1_000_000);
        $window = $options['window_s'] ?? 60;
        if ((!is_int($window) && !is_float($window)) || $window < 0.01 || $window > 86400) {
            throw new InvalidArgumentException('calbook rate limit: window_s must be a number of seconds between 0.01 and 86400');
        }
        $this->windowMs = (int) round($window * 1000);
        $share = $options['batch_share'] ?? 0.7;
        if ((!is_int($share) && !is_float($share)) || $share < 0 || $share > 1) {
            throw new InvalidArgumentException('calbook rate limit: batch_share must be between 0 and 1');
        }
        $this->batchShare = (float) $share;
        $this->margin = self::int($options, 'margin', 2, 0, 1_000_000);
        $this->batchBurst = self::int($options, 'batch_burst', 3, 1, 1_000_000);
    }

    /** How many requests of a window $priority may have in use at most, for this limit. */
    public function cap(int $limit, string $priority): int
    {
        $usable = max(0, $limit - $this->margin);
        return $priority === RateLimiter::BATCH ? (int) floor($usable * $this->batchShare) : $usable;
    }

    /**
     * BATCH's pacing (a GCRA): $next is when the key's next BATCH grant is due (ms, 0 at first).
     * Returns [0, the new $next] when $cost may be granted now, else [ms to wait, $next unchanged].
     * One grant every window / cap, at most batch_burst (or $cost) at once after a pause.
     *
     * @return array{0: int, 1: float}
     */
    public function pace(float $next, float $now, int $cost, int $limit): array
    {
        $cap = $this->cap($limit, RateLimiter::BATCH);
        if ($cap < 1) {
            return [$this->windowMs, $next];
        }
        $interval = $this->windowMs / $cap;
        $due = max($next, $now) + $cost * $interval;
        $over = $due - max($this->batchBurst, $cost) * $interval - $now;
        return $over > 0 ? [max(1, (int) ceil($over)), $next] : [0, $due];
    }

    /**
     * The key id as stored: the client passes the first 32 hex characters of SHA-256(key); any
     * other string (an API key passed by mistake) is hashed the same way first, so that no key
     * ever reaches a Redis key name or a log.
     */
    public static function keyId(string $keyId): string
    {
        return preg_match('/^[0-9a-f]{16,64}$/D', $keyId) === 1 ? $keyId : substr(hash('sha256', $keyId), 0, 32);
    }

    public static function checkAcquire(int $cost, string $priority): void
    {
        if ($cost < 1 || $cost > 10_000) {
            throw new InvalidArgumentException('calbook rate limit: cost must be between 1 and 10000');
        }
        self::checkPriority($priority);
    }

    public static function checkPriority(string $priority): void
    {
        if ($priority !== RateLimiter::LIVE && $priority !== RateLimiter::BATCH) {
            throw new InvalidArgumentException('calbook rate limit: priority must be "live" or "batch"');
        }
    }

    /** A header value worth adopting: a plausible non-negative count, else null. */
    public static function header(?int $v): ?int
    {
        return $v !== null && $v >= 0 && $v <= 100_000 ? $v : null;
    }

    private static function int(array $options, string $name, int $default, int $min, int $max): int
    {
        $v = $options[$name] ?? $default;
        if (!is_int($v) || $v < $min || $v > $max) {
            throw new InvalidArgumentException("calbook rate limit: {$name} must be an integer between {$min} and {$max}");
        }
        return $v;
    }
}
