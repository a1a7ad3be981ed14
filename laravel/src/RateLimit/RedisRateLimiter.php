<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use Calbook\RateLimiter;
use Psr\Log\LoggerInterface;

/**
 * One Cal.com rate-limit budget per API key shared by every process and machine through Redis.
 *
 *   new RedisRateLimiter($redis, ['limit' => 120, 'window_s' => 60, 'batch_share' => 0.7, 'margin' => 2, 'batch_burst' => 3,
 *       'prefix' => 'calbook:rl:', 'fallback' => new MemoryRateLimiter(), 'logger' => $psr3]);
 *
 * $redis: a phpredis \Redis (or \RedisCluster), a Predis\ClientInterface, a Laravel
 * Illuminate\Redis\Connections\Connection, or a Closure returning one (called again after a
 * failure). Give it short timeouts (a quarter second): the budget is asked before every request.
 *
 * The budget is a sliding log per key id (a sorted set of grant times, Redis's own clock): no
 * window_s-long interval ever holds more than limit - margin grants, wherever Cal.com's fixed
 * window starts. BATCH grants alone never fill more than batch_share of that (their own log), and
 * every grant, LIVE or BATCH, fits in the whole; so at least the rest is always LIVE's, whatever a
 * backfill does, and LIVE traffic above it only leaves BATCH what is left. BATCH grants are
 * paced (one every window / BATCH's cap, at most batch_burst at once; "batch_next" in the state),
 * so the batch share reaches the server spread over the window, not as one burst. One Lua script
 * per acquire() and one per observe(), each atomic. observe(): a 429 or remaining 0 blocks the key
 * until the reset; a limit header replaces the limit; a larger count than ours is adopted until
 * the server's window ends; a new server window drops what was granted before it.
 *
 * Redis keys: "{prefix}{<key id>}:log" (sorted set of every grant), "{prefix}{<key id>}:batch" (the
 * BATCH grants alone) and "{prefix}{<key id>}:state" (hash: limit,
 * blocked_until, window_end, batch_next), with TTLs (the log a window, the state state_ttl_s, or a
 * window while it holds batch_next only). The key id is
 * a hash of the API key; anything else given as key id is hashed first (Budget::keyId).
 *
 * When Redis fails (refused, timeout, READONLY, any error) the fallback answers (a per-process
 * MemoryRateLimiter by default), one warning is logged, Redis is tried again every retry_s
 * seconds and its return logged. acquire() and observe() never throw because of Redis.
 */
final class RedisRateLimiter implements RateLimiter
{
    private const ACQUIRE = <<<'LUA'
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local cost, window = tonumber(ARGV[1]), tonumber(ARGV[4])
        local st = redis.call('HMGET', KEYS[2], 'limit', 'blocked_until', 'batch_next')
        local limit = tonumber(st[1]) or tonumber(ARGV[3])
        local blocked = tonumber(st[2]) or 0
        if blocked > now then return blocked - now end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - window)
        local full = math.max(0, limit - tonumber(ARGV[6]))
        local batch = ARGV[2] == 'batch'
        local cap = full
        if batch then cap = math.floor(full * tonumber(ARGV[5])) end
        if cap < cost then return window end
        -- The whole window (live and batch) holds at most full; batch grants alone at most cap.
        local wait = 0
        local function room(key, max)
            local used = redis.call('ZCARD', key)
            if used + cost <= max then return end
            local k = used + cost - max - 1
            local e = redis.call('ZRANGE', key, k, k, 'WITHSCORES')
            wait = math.max(wait, 1, math.ceil(tonumber(e[2]) + window - now))
        end
        room(KEYS[1], full)
        local due
        if batch then
            room(KEYS[3], cap)
            local interval = window / cap
            due = math.max(tonumber(st[3]) or 0, now) + cost * interval
            local over = due - math.max(tonumber(ARGV[8]), cost) * interval - now
            if over > 0 then wait = math.max(wait, math.ceil(over)) end
        end
        if wait > 0 then return wait end
        for i = 1, cost do redis.call('ZADD', KEYS[1], now, ARGV[7] .. ':' .. i) end
        redis.call('PEXPIRE', KEYS[1], window + 1000)
        if due then
            for i = 1, cost do redis.call('ZADD', KEYS[3], now, ARGV[7] .. ':' .. i) end
            redis.call('PEXPIRE', KEYS[3], window + 1000)
            redis.call('HSET', KEYS[2], 'batch_next', string.format('%.3f', due))
            if redis.call('PTTL', KEYS[2]) < window + 1000 then redis.call('PEXPIRE', KEYS[2], window + 1000) end
        end
        return 0
        LUA;

    private const OBSERVE = <<<'LUA'
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local status, hlimit, remaining, reset = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
        local window, ttl = tonumber(ARGV[6]), tonumber(ARGV[8])
        local st = redis.call('HMGET', KEYS[2], 'limit', 'blocked_until', 'window_end')
        local limit = tonumber(st[1]) or tonumber(ARGV[5])
        if hlimit and hlimit > 0 then
            limit = hlimit
            redis.call('HSET', KEYS[2], 'limit', hlimit)
        end
        if status == 429 or remaining == 0 then
            local untilms = now + ((reset and reset > 0) and reset * 1000 or window)
            if untilms > (tonumber(st[2]) or 0) then redis.call('HSET', KEYS[2], 'blocked_until', untilms) end
            redis.call('PEXPIRE', KEYS[2], math.max(ttl, untilms - now + 1000))
            return 1
        end
        if remaining then
            local at = now
            if reset then
                local wend = now + math.min(reset * 1000, window)
                if wend > (tonumber(st[3]) or 0) + 1500 then
                    redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (wend - window - 1000))
                    redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. (wend - window - 1000))
                    redis.call('HSET', KEYS[2], 'window_end', wend)
                end
                at = wend - window
            end
            local missing = limit - remaining - redis.call('ZCARD', KEYS[1])
            -- Requests this budget did not grant (other clients of the key) count against batch's share too.
            for i = 1, missing do
                redis.call('ZADD', KEYS[1], at, ARGV[7] .. ':' .. i)
                redis.call('ZADD', KEYS[3], at, ARGV[7] .. ':' .. i)
            end
            if missing > 0 then
                redis.call('PEXPIRE', KEYS[1], window + 1000)
                redis.call('PEXPIRE', KEYS[3], window + 1000)
            end
        end
        if redis.call('EXISTS', KEYS[2]) == 1 then
            local left = redis.call('PTTL', KEYS[2])
            redis.call('PEXPIRE', KEYS[2], math.max(ttl, left))
        end
        return 0
        LUA;

    private readonly Budget $budget;
    private readonly RedisClient $redis;
    private readonly string $prefix;
    private readonly RateLimiter $fallback;
    private readonly ?LoggerInterface $logger;
    private readonly float $retryS;
    private readonly int $stateTtlMs;
    /** 0.0 while Redis answers, else when (hrtime ms) to try it again. */
    private float $retryAt = 0.0;
    private ?string $lastError = null;
    private int $failures = 0;

    /**
     * @param object $redis \Redis|\RedisCluster|\Predis\ClientInterface|\Illuminate\Redis\Connections\Connection|\Closure
     * @param array $options limit, window_s, batch_share, margin, batch_burst (see Budget); prefix ('calbook:rl:');
     *                       fallback (a Calbook\RateLimiter; default a MemoryRateLimiter with the same
     *                       options); logger (PSR-3); retry_s (5: how often Redis is tried again while
     *                       down); state_ttl_s (3600: how long an adopted limit is kept without news);
     *                       connect_timeout_s (0.25: when a phpredis client is connected again)
     */
    public function __construct(object $redis, array $options = [])
    {
        $known = ['limit', 'window_s', 'batch_share', 'margin', 'batch_burst', 'prefix', 'fallback', 'logger', 'retry_s', 'state_ttl_s', 'connect_timeout_s'];
        if ($unknown = array_diff(array_keys($options), $known)) {
            throw new \InvalidArgumentException('calbook rate limit: unknown option(s) ' . implode(', ', $unknown));
        }
        $this->budget = new Budget($options);
        $prefix = $options['prefix'] ?? 'calbook:rl:';
        if (!is_string($prefix) || strlen($prefix) > 200) {
            throw new \InvalidArgumentException('calbook rate limit: prefix must be a string');
        }
        $this->prefix = $prefix;
        $fallback = $options['fallback'] ?? null;
        if ($fallback !== null && !$fallback instanceof RateLimiter) {
            throw new \InvalidArgumentException('calbook rate limit: fallback must implement Calbook\RateLimiter');
        }
        $this->fallback = $fallback ?? new MemoryRateLimiter($options);
        $logger = $options['logger'] ?? null;
        if ($logger !== null && !$logger instanceof LoggerInterface) {
            throw new \InvalidArgumentException('calbook rate limit: logger must implement Psr\Log\LoggerInterface');
        }
        $this->logger = $logger;
        $this->retryS = self::number($options, 'retry_s', 5, 0.01, 3600);
        $this->stateTtlMs = (int) round(self::number($options, 'state_ttl_s', 3600, 1, 86400 * 30) * 1000);
        $this->redis = new RedisClient($redis, self::number($options, 'connect_timeout_s', 0.25, 0.001, 60));
    }

    public function acquire(string $keyId, int $cost, string $priority): int
    {
        Budget::checkAcquire($cost, $priority);
        $id = Budget::keyId($keyId);
        if ($this->useRedis()) {
            try {
                $wait = $this->redis->run(self::ACQUIRE, self::sha(self::ACQUIRE), $this->keys($id),
                    [$cost, $priority, $this->budget->limit, $this->budget->windowMs, $this->budget->batchShare, $this->budget->margin, self::nonce(), $this->budget->batchBurst]);
                if (is_int($wait) || (is_string($wait) && ctype_digit($wait))) {
                    $this->up();
                    return (int) $wait;
                }
                throw new \UnexpectedValueException('the acquire script returned ' . get_debug_type($wait));
            } catch (\Throwable $e) {
                $this->down($e);
            }
        }
        return $this->fallback->acquire($id, $cost, $priority);
    }

    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        Budget::checkPriority($priority);
        $id = Budget::keyId($keyId);
        // The fallback always hears what Cal.com said, so it is current when Redis goes away.
        try {
            $this->fallback->observe($id, $priority, $status, $limit, $remaining, $resetSeconds);
        } catch (\Throwable $e) {
            $this->log('warning', 'calbook: the fallback rate limiter failed in observe()', ['error' => $e::class]);
        }
        if (!$this->useRedis()) {
            return;
        }
        [$limit, $remaining, $reset] = [Budget::header($limit), Budget::header($remaining), Budget::header($resetSeconds)];
        try {
            $this->redis->run(self::OBSERVE, self::sha(self::OBSERVE), $this->keys($id),
                [$status, $limit ?? '', $remaining ?? '', $reset ?? '', $this->budget->limit, $this->budget->windowMs, self::nonce(), $this->stateTtlMs]);
            $this->up();
        } catch (\Throwable $e) {
            $this->down($e);
        }
    }

    /**
     * Whether Redis answers now (a PING, whatever the retry schedule): for calbook:doctor and
     * health checks. ['redis' => bool, 'ms' => ?float, 'error' => ?string, 'fallback_active' => bool]
     */
    public function check(): array
    {
        try {
            $ms = $this->redis->ping();
            return ['redis' => true, 'ms' => $ms, 'error' => null, 'fallback_active' => $this->retryAt > 0.0];
        } catch (\Throwable $e) {
            return ['redis' => false, 'ms' => null, 'error' => self::describe($e), 'fallback_active' => $this->retryAt > 0.0];
        }
    }

    /** Whether the fallback is answering (Redis failed and has not answered since). */
    public function usingFallback(): bool
    {
        return $this->retryAt > 0.0;
    }

    /** The options in effect (no secrets), for calbook:doctor. */
    public function describeBudget(): array
    {
        return ['limit' => $this->budget->limit, 'window_s' => $this->budget->windowMs / 1000, 'batch_share' => $this->budget->batchShare,
            'margin' => $this->budget->margin, 'batch_burst' => $this->budget->batchBurst, 'prefix' => $this->prefix];
    }

    /** @return list<string> the Redis keys of a key id: its log and its state (hash tag: one cluster slot) */
    public function keys(string $keyId): array
    {
        $tag = $this->prefix . '{' . Budget::keyId($keyId) . '}';
        return [$tag . ':log', $tag . ':state', $tag . ':batch'];
    }

    private function useRedis(): bool
    {
        return $this->retryAt === 0.0 || self::now() >= $this->retryAt;
    }

    private function up(): void
    {
        if ($this->retryAt > 0.0) {
            $this->retryAt = 0.0;
            $this->log('info', 'calbook: Redis answers again, the shared rate-limit budget is used again', ['failed_attempts' => $this->failures]);
            $this->failures = 0;
            $this->lastError = null;
        }
    }

    private function down(\Throwable $e): void
    {
        $this->failures++;
        if ($this->retryAt === 0.0) {
            $this->lastError = self::describe($e);
            $this->log('warning', 'calbook: Redis is unreachable, each process uses its own rate-limit budget until it answers again',
                ['error' => $this->lastError, 'retry_s' => $this->retryS]);
        }
        $this->retryAt = self::now() + $this->retryS * 1000;
    }

    /** A failing logger never makes acquire()/observe() fail. */
    private function log(string $level, string $message, array $context): void
    {
        try {
            $this->logger?->log($level, $message, $context);
        } catch (\Throwable) {
        }
    }

    private static function describe(\Throwable $e): string
    {
        return $e::class . ': ' . substr($e->getMessage(), 0, 300);
    }

    private static function sha(string $script): string
    {
        static $shas = [];
        return $shas[$script] ??= sha1($script);
    }

    private static function nonce(): string
    {
        return bin2hex(random_bytes(8));
    }

    private static function now(): float
    {
        return hrtime(true) / 1e6;
    }

    private static function number(array $options, string $name, float $default, float $min, float $max): float
    {
        $v = $options[$name] ?? $default;
        if ((!is_int($v) && !is_float($v)) || $v < $min || $v > $max) {
            throw new \InvalidArgumentException("calbook rate limit: {$name} must be a number between {$min} and {$max}");
        }
        return (float) $v;
    }
}
