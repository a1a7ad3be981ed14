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
    /** @var array{0: string, 1: int, 2: float, 3: float, 4: mixed, 5: int, 6: array<int, mixed>}|null where and how a phpredis \Redis was connected */
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
                    $result = $client->evalsha($sha, count($keys), ...$keys, ...$args);
                } catch (\Predis\Response\ServerException $e) {
                    if (!str_starts_with($e->getMessage(), 'NOSCRIPT')) {
                        throw $e;
                    }
                    $result = $client->eval($script, count($keys), ...$keys, ...$args);
                }
                // A client made with 'exceptions' => false answers errors as objects.
                if ($result instanceof \Predis\Response\ErrorInterface && $result->getErrorType() === 'NOSCRIPT') {
                    $result = $client->eval($script, count($keys), ...$keys, ...$args);
                }
                if ($result instanceof \Predis\Response\ErrorInterface) {
                    throw new RuntimeException('Redis answered: ' . $result->getMessage());
                }
                return $result;
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
            match (true) {
                $client instanceof \RedisCluster => $client->ping('calbook'),
                // PING names no key: a Predis cluster cannot route it, a keyed read goes to a node.
                $client instanceof \Predis\ClientInterface && $client->getConnection() instanceof \Predis\Connection\Cluster\ClusterInterface
                    => $client->exists('calbook:ping'),
                default => $client->ping(),
            };
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
                (float) $client->getReadTimeout(), $client->getAuth(), (int) $client->getDbNum(), self::options($client)];
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
            [$host, $port, $timeout, $readTimeout, $auth, $db, $options] = $this->endpoint;
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
            // A new connection starts without the options (a Laravel connection's key prefix).
            foreach ($options as $option => $value) {
                $client->setOption($option, $value);
            }
        }
        // Predis connects again on its next command by itself.
    }

    /** @return array<int, mixed> the options of a phpredis client that a new connection loses */
    private static function options(\Redis $client): array
    {
        $options = [];
        foreach (['OPT_PREFIX', 'OPT_SERIALIZER', 'OPT_COMPRESSION', 'OPT_COMPRESSION_LEVEL', 'OPT_SCAN', 'OPT_REPLY_LITERAL',
            'OPT_NULL_MULTIBULK_AS_NULL', 'OPT_TCP_KEEPALIVE'] as $name) {
            if (defined(\Redis::class . '::' . $name)) {
                $option = constant(\Redis::class . '::' . $name);
                $options[$option] = $client->getOption($option);
            }
        }
        return $options;
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
