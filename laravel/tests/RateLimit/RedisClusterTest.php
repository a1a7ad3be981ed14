<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\RateLimit\RedisRateLimiter;
use Calbook\RateLimiter;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * RedisRateLimiter on a Redis Cluster (one redis-server in cluster mode holding every slot), with
 * phpredis's \RedisCluster where the extension is loaded and Predis's cluster client: both keys of
 * a key id share a hash tag, so each script runs on one node.
 */
final class RedisClusterTest extends TestCase
{
    private static ?RedisServer $node = null;

    public static function setUpBeforeClass(): void
    {
        self::$node = new RedisServer(['--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf', '--cluster-announce-ip', '127.0.0.1']);
        self::$node->command('CLUSTER', 'ADDSLOTSRANGE', '0', '16383');
        $deadline = microtime(true) + 10;
        while (!str_contains((string) self::$node->command('CLUSTER', 'INFO'), 'cluster_state:ok')) {
            if (microtime(true) > $deadline) {
                throw new \RuntimeException('the one-node cluster did not come up');
            }
            usleep(50_000);
        }
    }

    public static function tearDownAfterClass(): void
    {
        self::$node?->stop();
        self::$node = null;
    }

    /** @return array<string, array{0: string}> */
    public static function clusterClients(): array
    {
        $kinds = ['predis' => ['predis']];
        if (class_exists(\RedisCluster::class)) {
            $kinds = ['phpredis' => ['phpredis']] + $kinds;
        }
        return $kinds;
    }

    #[DataProvider('clusterClients')]
    public function test_the_budget_works_on_a_cluster(string $kind): void
    {
        $seed = '127.0.0.1:' . self::$node->port;
        $client = $kind === 'phpredis'
            ? new \RedisCluster(null, [$seed], 0.25, 0.25)
            : new \Predis\Client(['tcp://' . $seed . '?timeout=0.25&read_write_timeout=0.25'], ['cluster' => 'redis']);
        $l = new RedisRateLimiter($client, ['limit' => 5, 'window_s' => 30, 'margin' => 0, 'prefix' => "c:$kind:"]);
        $key = str_repeat('c', 32);
        $answers = [];
        for ($i = 0; $i < 6; $i++) {
            $answers[] = $l->acquire($key, 1, RateLimiter::LIVE);
        }
        $this->assertSame([0, 0, 0, 0, 0], array_slice($answers, 0, 5));
        $this->assertGreaterThan(29000, $answers[5]);
        $l->observe($key, RateLimiter::LIVE, 429, 5, 0, 10);
        $this->assertGreaterThan(9000, $l->acquire($key, 1, RateLimiter::BATCH));
        $this->assertFalse($l->usingFallback());
        $this->assertTrue($l->check()['redis']);
        $this->assertSame(5, (int) self::$node->command('ZCARD', "c:$kind:{{$key}}:log"));
        self::$node->command('SCRIPT', 'FLUSH');
        $this->assertGreaterThan(9000, $l->acquire($key, 1, RateLimiter::LIVE));
        $this->assertFalse($l->usingFallback());
    }
}
