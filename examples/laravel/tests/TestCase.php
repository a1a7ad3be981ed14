<?php

declare(strict_types=1);

namespace Tests;

use Illuminate\Contracts\Console\Kernel;
use Illuminate\Foundation\Testing\TestCase as BaseTestCase;
use Illuminate\Support\Facades\DB;
use Illuminate\Testing\TestResponse;

/**
 * Boots the app against a fresh SQLite file per test (a copy of one migrated and seeded
 * template) and, for tests that talk to Cal.com, the bundled emulator (one per test class,
 * reset before each test). Storage (logs) goes to the run's work directory.
 */
abstract class TestCase extends BaseTestCase
{
    public const WEBHOOK_SECRET = 'whsec_test_laravel_example';
    public const AGENT_KEY = 'key_test_retell_agent';
    public const SALON_NUMBER = '+493012345678';
    public const CALLER = '+491701234567';

    /** Tests that need Cal.com set this. */
    protected static bool $needsEmulator = false;
    protected static ?\CalbookEmulator $emu = null;
    private static ?string $template = null;
    protected string $dbFile;

    public static function setUpBeforeClass(): void
    {
        parent::setUpBeforeClass();
        if (static::$needsEmulator && static::$emu === null) {
            require_once self::repoRoot() . '/tests/emulator/server.inc';
            static::$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);
        }
    }

    public static function tearDownAfterClass(): void
    {
        if (static::$emu !== null) {
            static::$emu->stop();
            static::$emu = null;
        }
        parent::tearDownAfterClass();
    }

    public function createApplication()
    {
        $work = self::workDir();
        $_ENV['LARAVEL_STORAGE_PATH'] = $_SERVER['LARAVEL_STORAGE_PATH'] = $work . '/storage';
        foreach (['logs', 'framework/views', 'framework/cache', 'framework/sessions'] as $d) {
            @mkdir("$work/storage/$d", 0775, true);
        }
        $this->dbFile = $work . '/db-' . bin2hex(random_bytes(6)) . '.sqlite';
        if (self::$template === null) {
            self::$template = $work . '/template.sqlite';
            touch(self::$template);
            $app = $this->boot(self::$template);
            $app->make(Kernel::class)->call('migrate', ['--force' => true, '--seed' => true]);
            $app['db']->disconnect(); // the WAL is checkpointed into the file on close
            $app->flush();
        }
        copy(self::$template, $this->dbFile);
        return $this->boot($this->dbFile);
    }

    private function boot(string $db)
    {
        putenv('DB_DATABASE=' . $db);
        $_ENV['DB_DATABASE'] = $_SERVER['DB_DATABASE'] = $db;
        $app = require __DIR__ . '/../bootstrap/app.php';
        $app->make(Kernel::class)->bootstrap();
        $app['config']->set('database.connections.sqlite.database', $db);
        $app['config']->set('services.calcom.timeout_ms', 3000);
        $app['config']->set('services.calcom.base_url', static::$emu !== null ? static::$emu->baseUrl : 'http://127.0.0.1:9/v2');
        return $app;
    }

    protected function setUp(): void
    {
        parent::setUp();
        static::$emu?->reset();
    }

    protected function tearDown(): void
    {
        parent::tearDown();
        @unlink($this->dbFile);
    }

    public static function repoRoot(): string
    {
        return dirname(__DIR__, 3);
    }

    public static function workDir(): string
    {
        $dir = getenv('CALBOOK_TEST_WORKDIR') ?: sys_get_temp_dir() . '/calbook-laravel-tests-' . getmypid();
        if (!is_dir($dir)) {
            mkdir($dir, 0775, true);
        }
        return $dir;
    }

    /** A weekday (Monday to Saturday) some days ahead, in the salon's zone. */
    protected static function bookableDay(int $daysAhead = 3): \DateTimeImmutable
    {
        $d = (new \DateTimeImmutable('today', new \DateTimeZone('Europe/Berlin')))->modify("+$daysAhead days");
        while ($d->format('N') === '7') {
            $d = $d->modify('+1 day');
        }
        return $d;
    }

    /** The UTC instant of a salon-time date and time, as Cal.com writes it. */
    protected static function utc(\DateTimeImmutable $day, string $hhmm): string
    {
        return (new \DateTimeImmutable($day->format('Y-m-d') . ' ' . $hhmm, new \DateTimeZone('Europe/Berlin')))
            ->setTimezone(new \DateTimeZone('UTC'))->format('Y-m-d H:i:s');
    }

    /** A Retell custom-function request. */
    protected function retell(string $function, string $callId, array $args, array $call = []): array
    {
        return [
            'name' => $function,
            'call' => $call + [
                'call_id' => $callId,
                'agent_id' => 'agent_salon_demo',
                'call_type' => 'phone_call',
                'call_status' => 'ongoing',
                'from_number' => self::CALLER,
                'to_number' => self::SALON_NUMBER,
                'direction' => 'inbound',
            ],
            'args' => $args,
        ];
    }

    /** book_appointment with defaults for what a test does not care about. */
    protected function booking(string $callId, array $args = [], array $call = []): array
    {
        return $this->retell('book_appointment', $callId, $args + [
            'service' => 'Herrenhaarschnitt',
            'date' => self::bookableDay()->format('Y-m-d'),
            'time' => '10:00',
            'customer_name' => 'Erika Mustermann',
        ], $call);
    }

    /** Posts a request exactly as Retell does (raw JSON, signed) and returns the response. */
    protected function postAgent(array|string $payload, ?string $signature = null, array $headers = []): TestResponse
    {
        $body = is_string($payload) ? $payload : json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
        $server = ['CONTENT_TYPE' => 'application/json', 'REMOTE_ADDR' => '127.0.0.1'];
        $sig = $signature ?? hash_hmac('sha256', $body, self::AGENT_KEY);
        if ($sig !== '') {
            $server['HTTP_X_RETELL_SIGNATURE'] = $sig;
        }
        foreach ($headers as $k => $v) {
            $server['HTTP_' . strtoupper(str_replace('-', '_', $k))] = $v;
        }
        return $this->call('POST', '/api/retell/function-call', [], [], [], $server, $body);
    }

    /** The sentence the agent reads to the caller (HTTP 200, never a stack trace). */
    protected function agentSays(array $payload): string
    {
        $response = $this->postAgent($payload);
        $response->assertStatus(200);
        $result = $response->json('result');
        $this->assertIsString($result);
        $this->assertStringNotContainsString('Exception', $result);
        $this->assertStringNotContainsString('technisch', $result, 'a technical-error answer: ' . $result);
        return $result;
    }

    protected function bookingsCreated(): int
    {
        return (int) static::$emu->stats()['bookings_created'];
    }

    /** Local staff row id by first name (the seeded demo salon). */
    protected function staffId(string $firstName, int $companyId = 1): int
    {
        return (int) DB::table('staff')->where('company_id', $companyId)->where('first_name', $firstName)->value('id');
    }

    /** The local staff that stands for a Cal.com user of the emulator's team. */
    protected function staffForHost(int $hostId): int
    {
        return match ($hostId) {
            101 => $this->staffId('Fabian'),
            102 => $this->staffId('Juergen'),
            103 => $this->staffId('Anna'),
        };
    }

    /** The host Cal.com has on a booking now (read back from the emulator). */
    protected function calcomHost(string $uid): int
    {
        $r = static::$emu->request('GET', '/bookings/' . $uid, static::$emu->headers('bookings'));
        return (int) $r['json']['data']['hosts'][0]['id'];
    }

    protected function logText(string $file = 'laravel.log'): string
    {
        $path = self::workDir() . '/storage/logs/' . $file;
        return is_file($path) ? (string) file_get_contents($path) : '';
    }
}
