<?php

declare(strict_types=1);

namespace Tests\Support;

use Facebook\WebDriver\Chrome\ChromeOptions;
use Facebook\WebDriver\Remote\DesiredCapabilities;
use Facebook\WebDriver\Remote\RemoteWebDriver;

/**
 * Debian's headless Chromium driven through chromedriver (package chromium-driver) with
 * php-webdriver: a real browser that logs in, reads and submits the admin page.
 */
final class Chromium
{
    public RemoteWebDriver $driver;
    /** @var resource */
    private $proc;
    private string $profile;
    private string $log;

    public function __construct()
    {
        $port = self::freePort();
        $this->log = tempnam(sys_get_temp_dir(), 'chromedriver');
        // chromedriver and Chromium must not inherit an ASan preload or PHP's allocator settings.
        $env = array_diff_key(getenv(), array_flip(['LD_PRELOAD', 'ASAN_OPTIONS', 'LSAN_OPTIONS', 'UBSAN_OPTIONS', 'USE_ZEND_ALLOC']));
        $this->proc = proc_open(['timeout', '300', 'chromedriver', '--port=' . $port],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', $this->log, 'w'], 2 => ['file', $this->log, 'w']], $pipes, null, $env);
        $this->profile = sys_get_temp_dir() . '/chromium-profile-' . bin2hex(random_bytes(4));
        $options = (new ChromeOptions())->setBinary('/usr/bin/chromium')->addArguments([
            '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
            '--window-size=1400,1000', '--user-data-dir=' . $this->profile, '--lang=de-DE',
        ]);
        $caps = DesiredCapabilities::chrome();
        $caps->setCapability(ChromeOptions::CAPABILITY, $options);
        $last = null;
        for ($i = 0; $i < 50; $i++) {
            try {
                $this->driver = RemoteWebDriver::create("http://127.0.0.1:$port", $caps, 5000, 60000);
                return;
            } catch (\Throwable $e) {
                $last = $e;
                usleep(100_000);
            }
        }
        $this->stop();
        throw new \RuntimeException('chromedriver did not start: ' . $last?->getMessage() . ' ' . @file_get_contents($this->log));
    }

    /** Saves a PNG of the page and returns its path. */
    public function screenshot(string $name): string
    {
        $dir = dirname(__DIR__, 2) . '/storage/screenshots';
        @mkdir($dir, 0775, true);
        $path = "$dir/$name.png";
        $this->driver->takeScreenshot($path);
        fwrite(STDERR, "screenshot: $path\n");
        return $path;
    }

    public function stop(): void
    {
        if (isset($this->driver)) {
            try {
                $this->driver->quit();
            } catch (\Throwable) {
            }
            unset($this->driver);
        }
        if (is_resource($this->proc)) {
            if (proc_get_status($this->proc)['running']) {
                proc_terminate($this->proc);
            }
            proc_close($this->proc);
        }
        exec('rm -rf ' . escapeshellarg($this->profile));
        @unlink($this->log);
    }

    public function __destruct()
    {
        $this->stop();
    }

    private static function freePort(): int
    {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        return $port;
    }
}
