<?php

declare(strict_types=1);

namespace Tests;

use Calbook\Client;
use Illuminate\Contracts\Console\Kernel;
use Illuminate\Foundation\Testing\TestCase as BaseTestCase;
use Illuminate\Support\Facades\DB;

/**
 * Boots the example app against a fresh SQLite file per test and, for tests that talk to
 * Cal.com, the bundled emulator (one per test class, reset before each test).
 */
abstract class TestCase extends BaseTestCase
{
    public const WEBHOOK_SECRET = 'whsec_test_laravel_example';

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
            static::$emu = calbook_emulator_start();
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
        $this->dbFile = $work . '/db-' . bin2hex(random_bytes(6)) . '.sqlite';
        if (self::$template === null) {
            self::$template = $work . '/template.sqlite';
            touch(self::$template);
            $app = $this->boot(self::$template);
            $app->make(Kernel::class)->call('migrate', ['--force' => true, '--seed' => true]);
            $app->flush();
        }
        copy(self::$template, $this->dbFile);
        return $this->boot($this->dbFile);
    }

    private function boot(string $db)
    {
        putenv('DB_DATABASE=' . $db);
        putenv('CALBOOK_APP_STORAGE=' . self::workDir() . '/storage');
        $_ENV['DB_DATABASE'] = $_SERVER['DB_DATABASE'] = $db;
        $app = require __DIR__ . '/../bootstrap/app.php';
        $app->make(Kernel::class)->bootstrap();
        $app['config']->set('database.connections.sqlite.database', $db);
        $app['config']->set('services.calcom.webhook_secret', self::WEBHOOK_SECRET);
        $app['config']->set('services.calcom.team_id', 42);
        $app['config']->set('services.calcom.timeout_ms', 3000);
        if (static::$emu !== null) {
            $app['config']->set('services.calcom.base_url', static::$emu->baseUrl);
            $app['config']->set('services.calcom.api_key', static::$emu->apiKey);
        } else {
            $app['config']->set('services.calcom.base_url', 'http://127.0.0.1:9/v2');
            $app['config']->set('services.calcom.api_key', 'cal_test_not_used');
        }
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

    protected function client(): Client
    {
        return $this->app->make(Client::class);
    }

    /** A weekday at least two days ahead (the emulator's salon opens Monday to Saturday 09-18). */
    protected static function bookableDate(int $daysAhead = 3): string
    {
        $d = new \DateTimeImmutable('today', new \DateTimeZone('Europe/Berlin'));
        $d = $d->modify("+$daysAhead days");
        while ($d->format('N') === '7') {
            $d = $d->modify('+1 day');
        }
        return $d->format('Y-m-d');
    }

    protected function retellCall(string $callId, array $args): array
    {
        return [
            'name' => 'book_appointment',
            'call' => [
                'call_id' => $callId,
                'agent_id' => 'agent_salon_demo',
                'call_type' => 'phone_call',
                'call_status' => 'ongoing',
                'from_number' => '+491701234567',
                'to_number' => '+493012345678',
                'direction' => 'inbound',
            ],
            'args' => $args + [
                'service' => 'Herrenhaarschnitt',
                'date' => self::bookableDate(),
                'time' => '10:00',
                'customer_name' => 'Erika Mustermann',
                'phone' => '+49 170 1234567',
            ],
        ];
    }

    /** Posts a tool call as Retell does and returns the sentence for the caller. */
    protected function agentSays(array $payload): string
    {
        $response = $this->postJson('/api/retell/function-call', $payload);
        $response->assertStatus(200);
        $result = $response->json('result');
        $this->assertIsString($result);
        $this->assertStringNotContainsString('Exception', $result);
        $this->assertStringNotContainsString('#0 ', $result);
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
}
