<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

/**
 * One real redis-server per test class (RedisServer), emptied before each test; clients of each
 * kind this PHP has: phpredis (where the redis extension is loaded: Debian's PHP 8.2) and Predis
 * (always; the only one on PHP 8.4).
 */
trait UsesRedisServer
{
    protected static ?RedisServer $redis = null;

    /** @return array<string, array{0: string}> */
    public static function clientKinds(): array
    {
        $kinds = ['predis' => ['predis']];
        if (extension_loaded('redis')) {
            $kinds = ['phpredis' => ['phpredis']] + $kinds;
        }
        return $kinds;
    }

    protected static function server(): RedisServer
    {
        if (self::$redis === null) {
            self::$redis = new RedisServer();
        }
        self::$redis->start();
        return self::$redis;
    }

    protected function setUpRedis(): void
    {
        self::server()->command('FLUSHALL');
        self::server()->command('REPLICAOF', 'NO', 'ONE');
    }

    public static function tearDownAfterClass(): void
    {
        self::$redis?->stop();
        self::$redis = null;
        parent::tearDownAfterClass();
    }

    /** A client of $kind with short timeouts; $port defaults to the test's server. */
    protected static function client(string $kind, ?int $port = null): object
    {
        $port ??= self::server()->port;
        return match ($kind) {
            'phpredis' => (static function () use ($port) {
                $r = new \Redis();
                $r->connect('127.0.0.1', $port, 0.25, null, 0, 0.25);
                return $r;
            })(),
            'predis' => new \Predis\Client(['host' => '127.0.0.1', 'port' => $port, 'timeout' => 0.25, 'read_write_timeout' => 0.25]),
        };
    }

    /** @return list<string> every key of the server */
    protected static function keys(): array
    {
        $keys = self::server()->command('KEYS', '*');
        sort($keys);
        return $keys;
    }
}
