<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use RuntimeException;

/** tests/Webhooks/server/app.php under `php -S` on a random loopback port, with calbook loaded. */
final class AppServer
{
    public readonly string $url;

    /** @var resource */
    private $proc;

    private string $log;

    /** @param array<string, string> $env */
    public function __construct(array $env)
    {
        $this->log = (string) tempnam(sys_get_temp_dir(), 'calbook-app-');
        // This PHP's own ini (its extensions: pdo_sqlite, mbstring...) plus calbook, as the test runs.
        $cmd = ['timeout', '300', PHP_BINARY, '-d', 'extension=' . self::calbookSo()];
        array_push($cmd, '-S', '127.0.0.1:0', __DIR__ . '/server/app.php');
        $this->proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $this->log, 'w'], 2 => ['file', $this->log, 'w']],
            $pipes, __DIR__, $env + ['CALBOOK_VENDOR_DIR' => (string) (getenv('CALBOOK_VENDOR_DIR') ?: dirname(__DIR__, 2) . '/vendor'),
                'PATH' => (string) getenv('PATH')]);
        for ($i = 0; $i < 100; $i++) {
            if (preg_match('~Development Server \(http://127\.0\.0\.1:(\d+)\) started~', (string) file_get_contents($this->log), $m)) {
                $this->url = 'http://127.0.0.1:' . $m[1];
                return;
            }
            usleep(50_000);
        }
        $this->stop();
        throw new RuntimeException('php -S did not start: ' . file_get_contents($this->log));
    }

    /** The calbook.so this process runs with (from its command line), else CALBOOK_SO. */
    private static function calbookSo(): string
    {
        $args = explode("\0", (string) @file_get_contents('/proc/self/cmdline'));
        foreach ($args as $i => $arg) {
            $value = str_starts_with($arg, '-dextension=') ? substr($arg, 12) : ($arg === '-d' ? ($args[$i + 1] ?? '') : '');
            $value = str_starts_with($value, 'extension=') ? substr($value, 10) : $value;
            if (str_ends_with($value, 'calbook.so') && is_file($value)) {
                return $value;
            }
        }
        $so = getenv('CALBOOK_SO');
        if (is_string($so) && is_file($so)) {
            return $so;
        }
        throw new RuntimeException('cannot tell which calbook.so is loaded: run through laravel/bin/test or set CALBOOK_SO');
    }

    public function output(): string
    {
        return (string) @file_get_contents($this->log);
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
