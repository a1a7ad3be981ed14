<?php

declare(strict_types=1);

namespace Tests\Support;

/**
 * The app under `php -S` on a random loopback port, with calbook loaded, on the test's SQLite
 * file. Sessions and cache go to files (the array drivers of the in-process tests do not carry
 * over between requests). `workers` > 1 serves requests in parallel (PHP_CLI_SERVER_WORKERS).
 */
final class AppServer
{
    public string $url;
    /** @var resource */
    private $proc;
    private string $log;

    public function __construct(array $env, int $workers = 1)
    {
        $so = getenv('CALBOOK_TEST_SO') ?: '';
        $root = dirname(__DIR__, 2);
        $this->log = tempnam(sys_get_temp_dir(), 'calbook-app-srv');
        $cmd = ['timeout', '300', PHP_BINARY];
        if ($so !== '') {
            array_push($cmd, '-d', 'extension=' . $so);
        }
        array_push($cmd, '-S', '127.0.0.1:0', '-t', $root . '/public', $root . '/public/index.php');
        $env += ['SESSION_DRIVER' => 'file', 'CACHE_STORE' => 'file', 'QUEUE_CONNECTION' => 'sync'];
        if ($workers > 1) {
            $env['PHP_CLI_SERVER_WORKERS'] = (string) $workers;
        }
        $this->proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $this->log, 'w'], 2 => ['file', $this->log, 'w']],
            $pipes, $root, $env + getenv());
        for ($i = 0; $i < 100; $i++) {
            if (preg_match('~Development Server \(http://127\.0\.0\.1:(\d+)\) started~', (string) file_get_contents($this->log), $m)) {
                $this->url = 'http://127.0.0.1:' . $m[1];
                return;
            }
            usleep(50_000);
        }
        $this->stop();
        throw new \RuntimeException('php -S did not start: ' . file_get_contents($this->log));
    }

    public function stop(): void
    {
        if (is_resource($this->proc)) {
            if (proc_get_status($this->proc)['running']) {
                proc_terminate($this->proc); // timeout(1) passes the TERM on to php -S
            }
            proc_close($this->proc);
        }
        @unlink($this->log);
    }

    public function __destruct()
    {
        $this->stop();
    }
}
