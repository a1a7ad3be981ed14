<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use Calbook\Laravel\Exceptions\ConfigurationException;
use Calbook\RateLimiter;
use Illuminate\Contracts\Container\Container;
use Illuminate\Redis\RedisManager;

/**
 * Builds the limiter of config('calbook.rate_limiter') for the manager (once per process; a
 * forked child builds its own, its Redis socket being the parent's):
 *   null / ''   none: every client keeps its own per-process behaviour
 *   'memory'    a MemoryRateLimiter (one budget per process)
 *   'redis'     a RedisRateLimiter on the connection calbook.rate_limit.redis.connection of
 *               config/database.php, made with short timeouts (rate_limit.redis.timeout_s,
 *               read_timeout_s) and only when first used, with a MemoryRateLimiter as fallback
 *               and the application's log for its warnings
 *   other       a container binding or class name resolving to a Calbook\RateLimiter
 */
final class LaravelLimiterFactory
{
    public function __construct(private readonly Container $app)
    {
    }

    public function make(): ?RateLimiter
    {
        $config = $this->app->make('config');
        $kind = $config->get('calbook.rate_limiter');
        if ($kind === null || $kind === '' || $kind === false) {
            return null;
        }
        if (!is_string($kind)) {
            throw new ConfigurationException('calbook: config calbook.rate_limiter must be null, "redis", "memory" or a class name');
        }
        $options = $this->budgetOptions((array) $config->get('calbook.rate_limit', []));
        try {
            return match ($kind) {
                'memory' => new MemoryRateLimiter($options),
                'redis' => $this->redis($options, (array) $config->get('calbook.rate_limit.redis', [])),
                default => $this->custom($kind),
            };
        } catch (\InvalidArgumentException $e) {
            throw new ConfigurationException('calbook: config calbook.rate_limit: ' . $e->getMessage(), 0, $e);
        }
    }

    private function redis(array $options, array $redis): RedisRateLimiter
    {
        $name = (string) ($redis['connection'] ?? 'default');
        $connectTimeout = (float) ($redis['timeout_s'] ?? 0.25);
        $readTimeout = (float) ($redis['read_timeout_s'] ?? 0.25);
        $app = $this->app;
        // Made when first used, and again after a failure: an unreachable Redis at boot is a
        // fallback, not an exception.
        $factory = static function () use ($app, $name, $connectTimeout, $readTimeout) {
            $config = $app->make('config');
            $connection = $config->get("database.redis.$name");
            if (!is_array($connection)) {
                // A cluster or a connection defined elsewhere: as the application configured it.
                return $app->make('redis')->connection($name);
            }
            $connection = ['timeout' => $connectTimeout, 'read_timeout' => $readTimeout, 'read_write_timeout' => $readTimeout] + $connection;
            $manager = new RedisManager($app, (string) $config->get('database.redis.client', 'phpredis'),
                ['options' => (array) $config->get('database.redis.options', []), $name => $connection]);
            return $manager->connection($name);
        };
        return new RedisRateLimiter($factory, $options + [
            'fallback' => new MemoryRateLimiter($options),
            'logger' => $app->bound('log') ? $app->make('log') : null,
            'connect_timeout_s' => max(0.001, $connectTimeout),
        ]);
    }

    private function custom(string $kind): RateLimiter
    {
        if (!$this->app->bound($kind) && !class_exists($kind)) {
            throw new ConfigurationException("calbook: config calbook.rate_limiter: '{$kind}' is neither redis, memory, a binding nor a class");
        }
        $limiter = $this->app->make($kind);
        if (!$limiter instanceof RateLimiter) {
            throw new ConfigurationException("calbook: config calbook.rate_limiter: '{$kind}' does not implement Calbook\\RateLimiter");
        }
        return $limiter;
    }

    /** The calbook.rate_limit values as the limiters take them (env values are strings). */
    private function budgetOptions(array $c): array
    {
        $options = [];
        foreach (['limit' => 'int', 'window_s' => 'num', 'batch_share' => 'num', 'margin' => 'int', 'batch_burst' => 'int', 'retry_s' => 'num'] as $key => $type) {
            $v = $c[$key] ?? null;
            if ($v === null || $v === '') {
                continue;
            }
            if (is_string($v) && is_numeric($v)) {
                $v = $type === 'int' && ctype_digit($v) ? (int) $v : (float) $v;
            }
            $options[$key] = $v;
        }
        if (isset($c['prefix']) && $c['prefix'] !== '') {
            $options['prefix'] = $c['prefix'];
        }
        return $options;
    }
}
