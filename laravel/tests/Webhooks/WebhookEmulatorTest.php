<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Illuminate\Support\Facades\DB;

/**
 * End to end over real HTTP: bookings made through the package's connection at the emulator,
 * which delivers signed webhooks to a Laravel application with the package under `php -S`
 * (tests/Webhooks/server/app.php) sharing this test's SQLite file.
 */
final class WebhookEmulatorTest extends EmulatorTestCase
{
    use Salon;

    private string $dir = '';

    private ?AppServer $server = null;

    protected static function emulatorConfig(): array
    {
        return ['rate_limit' => ['limit' => 0], 'webhook_timeout_ms' => 10000];
    }

    protected function defineEnvironment($app): void
    {
        parent::defineEnvironment($app);
        if ($this->dir === '') {
            $this->dir = sys_get_temp_dir() . '/calbook-webhook-e2e-' . bin2hex(random_bytes(4));
            foreach (['config', 'bootstrap/cache', 'storage/framework/cache', 'storage/framework/views', 'storage/logs'] as $sub) {
                mkdir("$this->dir/base/$sub", 0700, true);
            }
            touch("$this->dir/db.sqlite");
        }
        $app['config']->set('database.connections.testing.database', "$this->dir/db.sqlite");
        $app['config']->set('calbook.tenants.companies', [1 => 'default']);
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        $this->seedStaff();
        DB::disconnect();
    }

    protected function tearDown(): void
    {
        $this->server?->stop();
        parent::tearDown();
        if ($this->dir !== '') {
            exec('rm -rf ' . escapeshellarg($this->dir));
        }
    }

    private function serve(int $teamId): AppServer
    {
        $emu = static::emulator();
        $this->server = new AppServer([
            'CALBOOK_TEST_BASE' => "$this->dir/base",
            'CALBOOK_TEST_DB' => "$this->dir/db.sqlite",
            'CALBOOK_TEST_TEAM' => (string) $teamId,
            'CALBOOK_TEST_SECRET' => static::WEBHOOK_SECRET,
            'CALBOOK_TEST_API_KEY' => $emu->apiKey,
            'CALBOOK_TEST_BASE_URL' => $emu->baseUrl,
            'CALBOOK_TEST_EVENTS' => "$this->dir/events.jsonl",
        ]);
        $subscribed = $emu->request('POST', '/webhooks', $emu->headers('none'), ['subscriberUrl' => $this->server->url . '/calcom/webhook',
            'active' => true, 'secret' => static::WEBHOOK_SECRET,
            'triggers' => ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED']]);
        $this->assertContains($subscribed['status'], [200, 201]);
        return $this->server;
    }

    /** Waits until the emulator has made $n deliveries; returns them. */
    private function deliveries(int $n): array
    {
        $deadline = microtime(true) + 20;
        do {
            $d = static::emulator()->stats()['webhook_deliveries'];
            if (count($d) >= $n) {
                return $d;
            }
            usleep(50_000);
        } while (microtime(true) < $deadline);
        $this->fail("expected $n webhook deliveries, got " . count($d) . "\n" . $this->server?->output());
    }

    /** @return list<array<string, mixed>> */
    private function events(): array
    {
        $lines = @file("$this->dir/events.jsonl", FILE_IGNORE_NEW_LINES) ?: [];
        return array_map(static fn ($l) => json_decode($l, true), $lines);
    }

    public function test_cal_coms_signed_deliveries_reach_the_app_once_and_fire_the_booking_events(): void
    {
        $server = $this->serve(42);
        $connection = Calbook::connection();
        $created = $connection->createBooking(['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
            'attendee' => ['name' => 'Max Muster', 'email' => 'max@example.org', 'timeZone' => 'Europe/Berlin']])->throw()->data();
        $this->deliveries(1);
        $moved = $connection->rescheduleBooking($created['uid'], ['start' => '2050-09-06T07:00:00Z'])->throw()->data();
        $this->deliveries(2);
        $connection->cancelBooking($moved['uid'], 'krank')->throw();
        $deliveries = $this->deliveries(3);

        $this->assertSame([200, 200, 200], array_column($deliveries, 'status'), $server->output());
        $rows = DB::table('calcom_webhook_deliveries')->orderBy('id')->get();
        $this->assertSame(['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'], $rows->pluck('trigger_event')->all());
        $this->assertSame(['processed'], $rows->pluck('status')->unique()->values()->all());
        $this->assertSame(['1'], $rows->pluck('company_id')->map(fn ($v) => (string) $v)->unique()->values()->all());

        $events = $this->events();
        $this->assertSame(['BookingCreated', 'BookingRescheduled', 'BookingCancelled'], array_column($events, 'event'));
        $this->assertSame([$created['uid'], $moved['uid'], $moved['uid']], array_column($events, 'uid'));
        $this->assertSame($created['uid'], $events[1]['previous']);
        $this->assertSame('krank', $events[2]['reason']);
        // The emulator's first host is 101, Fabian Spitzer: staff 7, found by email, then by the stored mapping.
        $this->assertSame([7, 'email'], [$events[0]['staff'], $events[0]['source']]);
        $this->assertSame([7, 'mapping'], [$events[1]['staff'], $events[1]['source']]);
        $this->assertSame(1, DB::table('calcom_host_mappings')->count());
        $this->assertSame('webhook', DB::table('calcom_host_mapping_audits')->value('context'));

        // Cal.com delivering the first one again (same bytes, same signature): 200, stored once, no second event.
        $body = (string) $rows[0]->body;
        $replay = $this->postRaw($server->url . '/calcom/webhook', $body, hash_hmac('sha256', $body, static::WEBHOOK_SECRET));
        $this->assertSame([200, '{"status":"duplicate"}'], $replay);
        $this->assertSame(3, DB::table('calcom_webhook_deliveries')->count());
        $this->assertCount(3, $this->events());
    }

    public function test_a_delivery_for_a_team_no_company_owns_is_refused(): void
    {
        // The app's only company is team 43; the emulator's bookings are team 42's.
        $server = $this->serve(43);
        Calbook::connection()->createBooking(['start' => '2050-09-05T08:00:00Z', 'eventTypeId' => 501,
            'attendee' => ['name' => 'Max Muster', 'email' => 'max@example.org', 'timeZone' => 'Europe/Berlin']])->throw();
        $deliveries = $this->deliveries(1);
        $this->assertSame(404, $deliveries[0]['status'], $server->output());
        $this->assertSame(0, DB::table('calcom_webhook_deliveries')->count());
        $this->assertSame([], $this->events());
    }

    /** @return array{0: int, 1: string} status and body */
    private function postRaw(string $url, string $body, string $signature): array
    {
        $context = stream_context_create(['http' => ['method' => 'POST', 'ignore_errors' => true, 'timeout' => 10,
            'header' => "Content-Type: application/json\r\nX-Cal-Signature-256: $signature\r\n", 'content' => $body]]);
        $answer = (string) file_get_contents($url, false, $context);
        preg_match('~^HTTP/\S+ (\d+)~', $http_response_header[0] ?? '', $m);
        return [(int) ($m[1] ?? 0), $answer];
    }
}
