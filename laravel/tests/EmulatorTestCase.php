<?php

namespace Calbook\Laravel\Tests;

/**
 * Integration tests against the bundled Cal.com emulator (tests/emulator of the repository; real
 * HTTP over loopback). One emulator per test process, started on first use, reset before every
 * test (bookings, counters, request log and faults cleared; seed kept), stopped at exit.
 *
 * The 'default' connection points at it: base_url, api_key, team_id 42 (the seed team),
 * webhook_secret 'whsec_test_emulator'. Rate limiting is off unless a test sets it:
 *   static::emulator()->config(['rate_limit' => ['limit' => 5]]);
 * Override emulatorConfig() to start with other settings (a new emulator is started when the
 * returned array differs from the running one's).
 */
abstract class EmulatorTestCase extends TestCase
{
    private static ?\CalbookEmulator $emulator = null;
    private static ?string $emulatorConfigKey = null;

    protected const WEBHOOK_SECRET = 'whsec_test_emulator';

    /** Configuration passed to calbook_emulator_start(). */
    protected static function emulatorConfig(): array
    {
        return ['rate_limit' => ['limit' => 0]];
    }

    protected static function emulator(): \CalbookEmulator
    {
        $config = static::emulatorConfig();
        $key = json_encode($config);
        if (self::$emulator !== null && self::$emulatorConfigKey !== $key) {
            self::$emulator->stop();
            self::$emulator = null;
        }
        if (self::$emulator === null) {
            require_once __DIR__ . '/../../tests/emulator/server.inc';
            self::$emulator = calbook_emulator_start($config);
            self::$emulatorConfigKey = $key;
        }
        return self::$emulator;
    }

    protected function setUp(): void
    {
        $emu = static::emulator();
        $emu->reset();
        $emu->config(['faults' => []] + static::emulatorConfig());
        parent::setUp();
    }

    protected function defineEnvironment($app): void
    {
        $emu = static::emulator();
        $app['config']->set('calbook.connections.default', [
            'api_key' => $emu->apiKey,
            'base_url' => $emu->baseUrl,
            'team_id' => 42,
            'webhook_secret' => static::WEBHOOK_SECRET,
            'options' => ['timeout_ms' => 5000, 'connect_timeout_ms' => 2000],
        ]);
        $app['config']->set('calbook.tenants.base_url', $emu->baseUrl);
    }
}
