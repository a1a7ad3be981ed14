<?php

declare(strict_types=1);

namespace Calbook\Laravel\RateLimit;

use RuntimeException;

/**
 * Runs the budget's Lua scripts on whichever Redis client the application has: a phpredis
 * \Redis or \RedisCluster, a Predis\ClientInterface, a Laravel Illuminate\Redis\Connections\Connection
 * (its underlying client), or a Closure returning one of these (called again after a failure,
 * so a connection that could not be made at start is made later).
 *
 * EVALSHA first; NOSCRIPT (a restarted or flushed Redis) -> EVAL, which caches the script again.
 * Every failure (refused, timed out, READONLY, an error reply) is a RuntimeException-like
 * Throwable for the caller, who falls back; after one the connection is made again on next use.
 *
 * @internal
 */
final class RedisClient
{
    private ?object $client = null;
    private bool $broken = false;
    /** @var array{0: string, 1: int, 2: float, 3: float, 4: mixed, 5: int}|null where a phpredis \Redis was connected */
    private ?array $endpoint = null;

    /** @param object $redis \Redis|\RedisCluster|\Predis\ClientInterface|\Illuminate\Redis\Connections\Connection|\Closure */
    public function __construct(private readonly object $redis, private readonly float $connectTimeout = 0.25)
    {
        if (!$redis instanceof \Closure && self::kind($redis) === null) {
            throw new \InvalidArgumentException('calbook rate limit: a \Redis, \RedisCluster, Predis\ClientInterface, '
                . 'Illuminate\Redis\Connections\Connection or a Closure returning one is needed, ' . get_debug_type($redis) . ' given');
        }
    }

    /** The client's kind: 'phpredis', 'predis', or null for anything else. */
    public static function kind(object $client): ?string
    {
        if ($client instanceof \Illuminate\Redis\Connections\Connection) {
            $client = $client->client();
        }
        return match (true) {
            $client instanceof \Redis, $client instanceof \RedisCluster => 'phpredis',
            $client instanceof \Predis\ClientInterface => 'predis',
            default => null,
        };
    }

    /**
     * @param list<string> $keys
     * @param list<string|int|float> $args
     */
    public function run(string $script, string $sha, array $keys, array $args): mixed
    {
        try {
            $client = $this->client();
            if ($client instanceof \Predis\ClientInterface) {
                try {
                    return $client->evalsha($sha, count($keys), ...$keys, ...$args);
                } catch (\Predis\Response\ServerException $e) {
                    if (!str_starts_with($e->getMessage(), 'NOSCRIPT')) {
                        throw $e;
                    }
                    return $client->eval($script, count($keys), ...$keys, ...$args);
                }
            }
            $all = [...$keys, ...$args];
            $result = $client->evalSha($sha, $all, count($keys));
            if ($result === false && self::lastError($client, 'NOSCRIPT')) {
                $result = $client->eval($script, $all, count($keys));
            }
            if ($result === false && ($error = $client->getLastError()) !== null) {
                $client->clearLastError();
                throw new RuntimeException('Redis answered: ' . $error);
            }
            return $result;
        } catch (\Throwable $e) {
            $this->broken = true;
            throw $e;
        }
    }

    /** Round trip time of a PING in milliseconds; throws when Redis does not answer. */
    public function ping(): float
    {
        $t0 = hrtime(true);
        try {
            $client = $this->client();
            $client instanceof \RedisCluster ? $client->ping('calbook') : $client->ping();
        } catch (\Throwable $e) {
            $this->broken = true;
            throw $e;
        }
        return (hrtime(true) - $t0) / 1e6;
    }

    private function client(): object
    {
        if ($this->broken) {
            $this->broken = false;
            $this->reconnect();
        }
        if ($this->client === null) {
            $client = $this->redis instanceof \Closure ? ($this->redis)() : $this->redis;
            if (!is_object($client) || self::kind($client) === null) {
                throw new \InvalidArgumentException('calbook rate limit: the Redis factory returned ' . get_debug_type($client));
            }
            $this->client = $client;
        }
        // A Laravel connection may replace its client after a failure: ask it each time.
        $client = $this->client instanceof \Illuminate\Redis\Connections\Connection ? $this->client->client() : $this->client;
        if ($client instanceof \Redis && $this->endpoint === null && $client->isConnected()) {
            // phpredis forgets where it was connected once the connection is lost.
            $this->endpoint = [(string) $client->getHost(), (int) $client->getPort(), (float) $client->getTimeout(),
                (float) $client->getReadTimeout(), $client->getAuth(), (int) $client->getDbNum()];
        }
        return $client;
    }

    /** After a failure: a factory is asked again; a phpredis client connects again itself (it never does on its own). */
    private function reconnect(): void
    {
        if ($this->redis instanceof \Closure) {
            $this->client = null;
            return;
        }
        $client = $this->client instanceof \Illuminate\Redis\Connections\Connection ? $this->client->client() : $this->client;
        if ($client instanceof \Redis && $this->endpoint !== null) {
            [$host, $port, $timeout, $readTimeout, $auth, $db] = $this->endpoint;
            try {
                $client->close();
            } catch (\Throwable) {
            }
            $client->connect($host, $port, $timeout > 0 ? $timeout : $this->connectTimeout, null, 0,
                $readTimeout > 0 ? $readTimeout : $this->connectTimeout);
            if ($auth !== null && $auth !== false) {
                $client->auth($auth);
            }
            if ($db !== 0) {
                $client->select($db);
            }
        }
        // Predis connects again on its next command by itself.
    }

    private static function lastError(object $client, string $prefix): bool
    {
        $error = $client->getLastError();
        if (is_string($error) && str_starts_with($error, $prefix)) {
            $client->clearLastError();
            return true;
        }
        return false;
    }
}
