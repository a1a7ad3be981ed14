<?php

declare(strict_types=1);

namespace Tests\Support;

/** The example app under `php -S` on a random loopback port, with calbook loaded. */
final class AppServer
{
    public string $url;
    /** @var resource */
    private $proc;
    private string $log;

    public function __construct(array $env)
    {
        $so = getenv('CALBOOK_SO') ?: '';
        $root = dirname(__DIR__, 2);
        $this->log = tempnam(sys_get_temp_dir(), 'calbook-app-srv');
        $cmd = ['timeout', '300', PHP_BINARY];
        if ($so !== '') {
            $cmd[] = '-d';
            $cmd[] = 'extension=' . $so;
        }
        array_push($cmd, '-S', '127.0.0.1:0', '-t', $root . '/public', $root . '/public/index.php');
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
            $status = proc_get_status($this->proc);
            if ($status['running']) {
                // timeout(1) is the direct child and passes the TERM on to php -S.
                proc_terminate($this->proc);
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
