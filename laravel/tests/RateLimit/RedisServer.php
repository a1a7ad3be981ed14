<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

/**
 * A real redis-server for a test: on a free loopback port, in a temporary directory of its own,
 * configured on the command line only (no persistence), stopped (and the directory removed) by
 * stop() or at destruction. kill() and start() again simulate an outage on the same port;
 * pause()/resume() (SIGSTOP/SIGCONT) a Redis that accepts connections but never answers.
 */
final class RedisServer
{
    public const BINARY = '/usr/bin/redis-server';

    public readonly string $dir;
    public readonly int $port;
    /** @var resource|null */
    private $process = null;
    private ?int $pid = null;

    /** @param list<string> $args more redis-server arguments (e.g. --cluster-enabled yes) */
    public function __construct(private readonly array $args = [])
    {
        $this->dir = sys_get_temp_dir() . '/calbook-redis-' . bin2hex(random_bytes(6));
        mkdir($this->dir, 0700);
        $this->port = self::freePort();
        $this->start();
    }

    public function start(): void
    {
        if ($this->process !== null) {
            return;
        }
        $cmd = [self::BINARY, '--port', (string) $this->port, '--bind', '127.0.0.1', '--dir', $this->dir,
            '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--logfile', $this->dir . '/redis.log', ...$this->args];
        $process = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', $this->dir . '/stderr', 'w']], $pipes);
        if (!is_resource($process)) {
            throw new \RuntimeException('cannot start ' . self::BINARY);
        }
        $this->process = $process;
        $this->pid = proc_get_status($process)['pid'];
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $s = @stream_socket_client("tcp://127.0.0.1:{$this->port}", $errno, $errstr, 0.2);
            if ($s !== false) {
                fwrite($s, "PING\r\n");
                $line = fgets($s);
                fclose($s);
                if ($line === "+PONG\r\n") {
                    return;
                }
            }
            if (!proc_get_status($process)['running']) {
                break;
            }
            usleep(20_000);
        }
        $log = @file_get_contents($this->dir . '/redis.log') . @file_get_contents($this->dir . '/stderr');
        $this->kill();
        throw new \RuntimeException("redis-server did not start on port {$this->port}: {$log}");
    }

    /** Stops the server at once (SIGKILL): an outage. */
    public function kill(): void
    {
        if ($this->process === null) {
            return;
        }
        if ($this->pid !== null) {
            posix_kill($this->pid, SIGCONT);
        }
        proc_terminate($this->process, SIGKILL);
        proc_close($this->process);
        $this->process = null;
        $this->pid = null;
    }

    public function pause(): void
    {
        posix_kill((int) $this->pid, SIGSTOP);
    }

    public function resume(): void
    {
        posix_kill((int) $this->pid, SIGCONT);
    }

    /** Sends one command with the plain protocol and returns the reply (for test set-up and checks). */
    public function command(string ...$args): mixed
    {
        $s = stream_socket_client("tcp://127.0.0.1:{$this->port}", $errno, $errstr, 2);
        if ($s === false) {
            throw new \RuntimeException("redis at {$this->port}: {$errstr}");
        }
        stream_set_timeout($s, 5);
        $out = '*' . count($args) . "\r\n";
        foreach ($args as $a) {
            $out .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
        }
        fwrite($s, $out);
        $reply = self::read($s);
        fclose($s);
        return $reply;
    }

    public function stop(): void
    {
        $this->kill();
        if (is_dir($this->dir)) {
            foreach (glob($this->dir . '/*') ?: [] as $f) {
                @unlink($f);
            }
            @rmdir($this->dir);
        }
    }

    public function __destruct()
    {
        $this->stop();
    }

    private static function read($s): mixed
    {
        $line = fgets($s);
        if ($line === false) {
            throw new \RuntimeException('redis: no reply');
        }
        $type = $line[0];
        $body = substr($line, 1, -2);
        switch ($type) {
            case '+':
                return $body;
            case '-':
                throw new \RuntimeException('redis: ' . $body);
            case ':':
                return (int) $body;
            case '$':
                if ((int) $body < 0) {
                    return null;
                }
                $data = '';
                $len = (int) $body + 2;
                while (strlen($data) < $len) {
                    $data .= fread($s, $len - strlen($data));
                }
                return substr($data, 0, -2);
            case '*':
                $n = (int) $body;
                if ($n < 0) {
                    return null;
                }
                $items = [];
                for ($i = 0; $i < $n; $i++) {
                    $items[] = self::read($s);
                }
                return $items;
        }
        throw new \RuntimeException('redis: unexpected reply ' . $line);
    }

    private static function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
        if ($s === false) {
            throw new \RuntimeException("no free port: {$errstr}");
        }
        $name = stream_socket_get_name($s, false);
        fclose($s);
        return (int) substr((string) strrchr((string) $name, ':'), 1);
    }
}
