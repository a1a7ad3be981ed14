<?php

namespace Calbook\Laravel\Console;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\Connection;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Http;

/**
 * php artisan calbook:doctor: is everything in place to talk to Cal.com?
 *   - the calbook extension is loaded (its version, libcurl, jansson, TLS backend, HTTP/2)
 *   - per connection (every configured one, or --connection): an api_key, a live GET /v2/me
 *     answered 200 (the key works, the base URL is right), a webhook secret, and the clock
 *     difference to Cal.com's Date header within calbook.doctor.max_clock_skew_s
 *   - per company given with --company: its tenant resolves and passes the same checks
 * Exit code 0 when every check passes, 1 when any fails. Never prints a key or a secret.
 */
class DoctorCommand extends Command
{
    protected $signature = 'calbook:doctor
        {--connection=* : check only these connections (default: all configured)}
        {--company=* : also check the tenant connection of these companies}
        {--skip-webhooks : do not require a webhook secret}';

    protected $description = 'Check the calbook extension, the Cal.com connections (live GET /v2/me), webhook secrets and clock skew';

    private int $failures = 0;

    public function handle(CalbookManager $manager): int
    {
        $this->failures = 0;
        $this->checkExtension();
        $this->checkRateLimiter($manager);

        $names = $this->option('connection') ?: $manager->connectionNames();
        if ($names === [] && $this->option('company') === []) {
            $this->fail_('connections', 'config calbook.connections is empty');
        }
        foreach ($names as $name) {
            $this->line('');
            $this->line("<comment>Connection {$name}</comment>");
            try {
                $connection = $manager->connection($name);
            } catch (\Throwable $e) {
                $this->fail_('config', $e->getMessage());
                continue;
            }
            $this->checkConnection($connection);
        }
        foreach ($this->option('company') as $companyId) {
            $this->line('');
            $this->line("<comment>Company {$companyId}</comment>");
            try {
                $connection = $manager->forCompany($companyId);
            } catch (\Throwable $e) {
                $this->fail_('tenant', $e->getMessage());
                continue;
            }
            $this->pass('tenant', 'connection ' . $connection->name());
            $this->checkConnection($connection);
        }

        $this->line('');
        if ($this->failures > 0) {
            $this->error("calbook:doctor: {$this->failures} check(s) failed");
            return self::FAILURE;
        }
        $this->info('calbook:doctor: all checks passed');
        return self::SUCCESS;
    }

    private function checkExtension(): void
    {
        $this->line('<comment>Extension</comment>');
        if (!extension_loaded('calbook')) {
            $this->fail_('calbook', 'the calbook extension is not loaded (extension=calbook.so in php.ini)');
            return;
        }
        $info = self::extensionInfo();
        $this->pass('calbook', ($info['Version'] ?? phpversion('calbook'))
            . ', PHP ' . PHP_VERSION . ', Laravel ' . app()->version());
        $this->pass('libcurl', ($info['libcurl (loaded)'] ?? '?') . ' (compiled ' . ($info['libcurl (compiled)'] ?? '?') . '), TLS '
            . ($info['TLS backend'] ?? '?') . ', HTTP/2 ' . ($info['HTTP/2'] ?? '?'));
        $this->pass('jansson', ($info['jansson (loaded)'] ?? '?'));
    }

    /** The limiter of calbook.rate_limiter and, for Redis, whether Redis answers. */
    private function checkRateLimiter(CalbookManager $manager): void
    {
        $this->line('');
        $this->line('<comment>Rate limit</comment>');
        try {
            $limiter = $manager->rateLimiter();
        } catch (\Throwable $e) {
            $this->fail_('limiter', $e->getMessage());
            return;
        }
        if ($limiter === null) {
            $this->pass('limiter', 'none (calbook.rate_limiter): each client keeps its own per-process budget');
            return;
        }
        if (!$limiter instanceof \Calbook\Laravel\RateLimit\RedisRateLimiter) {
            $this->pass('limiter', $limiter instanceof \Calbook\Laravel\RateLimit\MemoryRateLimiter
                ? 'memory: a budget per process' : get_class($limiter));
            return;
        }
        $b = $limiter->describeBudget();
        $this->pass('limiter', sprintf('redis (connection %s): %d per %s s, batch %d%%, margin %d, keys %s*',
            (string) config('calbook.rate_limit.redis.connection', 'default'), $b['limit'], $b['window_s'],
            (int) round($b['batch_share'] * 100), $b['margin'], $b['prefix']));
        $check = $limiter->check();
        if ($check['redis']) {
            $this->pass('redis', sprintf('PING answered in %.1f ms', $check['ms']));
        } else {
            $this->fail_('redis', 'does not answer (' . $check['error'] . '): each process falls back to its own budget');
        }
    }

    /** @return array<string, string> the extension's phpinfo() rows */
    public static function extensionInfo(): array
    {
        ob_start();
        try {
            (new \ReflectionExtension('calbook'))->info();
        } finally {
            $text = (string) ob_get_clean();
        }
        $rows = [];
        foreach (preg_split('/\R/', strip_tags($text)) as $line) {
            if (preg_match('/^\s*(.+?)\s*=>\s*(.*?)(?:\s*=>.*)?$/', $line, $m) === 1) {
                $rows[$m[1]] ??= $m[2];
            }
        }
        return $rows;
    }

    private function checkConnection(Connection $connection): void
    {
        $tenant = $connection->tenant();
        if (!$this->option('skip-webhooks') && config('calbook.doctor.require_webhook_secret', true)) {
            if ($tenant !== null && $tenant->hasWebhookSecret()) {
                $this->pass('webhook secret', 'set');
            } else {
                $this->fail_('webhook secret', 'not set (webhook_secret of the connection, e.g. CALCOM_WEBHOOK_SECRET)');
            }
        }
        try {
            $client = $connection->client();
        } catch (\Throwable $e) {
            $this->fail_('client', $e->getMessage());
            return;
        }
        $started = microtime(true);
        try {
            $me = $connection->request('GET', '/me');
        } catch (\Throwable $e) {
            $this->fail_('GET /v2/me', class_basename($e) . ': ' . $e->getMessage());
            return;
        }
        $ms = (int) round((microtime(true) - $started) * 1000);
        $finished = microtime(true);
        if ($me->status() === 200 && is_int($me->json('data.id'))) {
            $this->pass('GET /v2/me', "200 in {$ms} ms, authenticated as user " . $me->json('data.id')
                . ($connection->teamId() !== null ? ', team ' . $connection->teamId() : ''));
        } elseif ($me->status() === 401 || $me->status() === 403) {
            $this->fail_('GET /v2/me', $me->status() . ': the API key was refused');
            return;
        } else {
            $this->fail_('GET /v2/me', 'HTTP ' . $me->status() . ($me->json('error.message') ? ': ' . $me->json('error.message') : ''));
            return;
        }
        $this->checkClock($connection, $me->header('date'), $started, $finished);
    }

    /**
     * Clock skew from Cal.com's Date header. The extension's Response keeps only the headers
     * calbook uses; when Date is not among them, one unauthenticated GET /me through Laravel's
     * HTTP client reads it (Cal.com answers 401 with a Date header; no key is sent).
     */
    private function checkClock(Connection $connection, ?string $date, float $started, float $finished): void
    {
        if ($date === null) {
            $base = (string) ($connection->baseUrl() ?? '');
            try {
                $started = microtime(true);
                $r = Http::timeout(10)->withHeaders(['User-Agent' => 'calbook-doctor'])->get(rtrim($base, '/') . '/me');
                $finished = microtime(true);
                $date = $r->header('Date') ?: null;
            } catch (\Throwable $e) {
                $this->fail_('clock', 'could not read the Date header: ' . class_basename($e));
                return;
            }
        }
        $server = $date !== null ? strtotime($date) : false;
        if ($server === false) {
            $this->fail_('clock', 'Cal.com sent no usable Date header');
            return;
        }
        // Date has whole seconds: compare with the middle of the request, allow the rounding.
        $local = ($started + $finished) / 2;
        $skew = $server - $local;
        $max = (int) config('calbook.doctor.max_clock_skew_s', 60);
        $text = sprintf('%+.1f s against Cal.com (limit %d s)', $skew, $max);
        if (abs($skew) > $max + 1) {
            $this->fail_('clock', $text . ': fix the server clock (NTP); webhook and booking times depend on it');
        } else {
            $this->pass('clock', $text);
        }
    }

    private function pass(string $what, string $detail): void
    {
        $this->line(sprintf('  <info>[ok]</info>   %-15s %s', $what, $detail));
    }

    private function fail_(string $what, string $detail): void
    {
        $this->failures++;
        $this->line(sprintf('  <error>[FAIL]</error> %-15s %s', $what, $detail));
    }
}
