<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/**
 * Cal.com's deliveries through the package: POST /api/calcom/webhook, verified with the company's
 * secret, stored once, processed by the package's queued job, applied by App\Booking\WebhookBookings.
 */
class WebhookTest extends TestCase
{
    protected static bool $needsEmulator = true;

    private function delivery(string $trigger, array $payload, int $team = 42): string
    {
        return json_encode(['triggerEvent' => $trigger, 'createdAt' => gmdate('Y-m-d\TH:i:s.000\Z'), 'payload' => $payload + [
            'team' => ['id' => $team, 'name' => 'Salon Demo', 'members' => []],
        ]], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    private function payload(string $uid, int $hostId = 103, string $hostName = 'Anna Schmidt', string $email = 'anna@salon-demo.test'): array
    {
        $start = self::bookableDay();
        return [
            'bookingId' => 4711, 'uid' => $uid, 'eventTypeId' => 501, 'eventTitle' => 'Herrenhaarschnitt', 'type' => 'herrenhaarschnitt',
            'startTime' => str_replace(' ', 'T', self::utc($start, '12:00')) . '.000Z',
            'endTime' => str_replace(' ', 'T', self::utc($start, '12:30')) . '.000Z', 'status' => 'ACCEPTED',
            'organizer' => ['id' => $hostId, 'name' => $hostName, 'email' => $email, 'username' => 'anna', 'timeZone' => 'Europe/Berlin',
                'language' => ['locale' => 'de']],
            'attendees' => [['name' => 'Web Kundin', 'email' => 'kundin@example.org', 'timeZone' => 'Europe/Berlin', 'phoneNumber' => '+4917012121212']],
        ];
    }

    private function deliver(string $body, ?string $secret = self::WEBHOOK_SECRET)
    {
        $server = ['CONTENT_TYPE' => 'application/json'];
        if ($secret !== null) {
            $server['HTTP_X_CAL_SIGNATURE_256'] = hash_hmac('sha256', $body, $secret);
        }
        return $this->call('POST', '/api/calcom/webhook', [], [], [], $server, $body);
    }

    public function test_booking_created_is_stored_under_the_team_s_company_with_its_staff(): void
    {
        $this->deliver($this->delivery('BOOKING_CREATED', $this->payload('uid_web_1')))->assertStatus(200)->assertJson(['status' => 'accepted']);
        $row = DB::table('appointments')->where('calcom_v2_booking_uid', 'uid_web_1')->first();
        $this->assertNotNull($row);
        $this->assertSame(1, (int) $row->company_id);
        $this->assertSame($this->staffId('Anna'), (int) $row->staff_id, 'Anna of this salon, not of Friseur Nord');
        $this->assertSame(103, (int) $row->calcom_host_id);
        $this->assertSame('calcom_webhook', $row->source);
        $this->assertSame('processed', DB::table('calcom_webhook_deliveries')->value('status'));
        $this->assertSame(1, DB::table('calcom_host_mappings')->where('calcom_host_id', 103)->count(), 'a new mapping for Anna');
    }

    public function test_a_repeated_delivery_changes_nothing(): void
    {
        $body = $this->delivery('BOOKING_CREATED', $this->payload('uid_web_2'));
        $this->deliver($body)->assertStatus(200);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'duplicate']);
        $this->assertSame(1, DB::table('appointments')->count());
        $this->assertSame(1, DB::table('calcom_webhook_deliveries')->count());
    }

    public function test_a_correctly_signed_delivery_for_an_unknown_team_is_refused_and_logged(): void
    {
        // Signed with the salon's secret, but about team 999 that no company has.
        $body = $this->delivery('BOOKING_CREATED', $this->payload('uid_web_foreign'), 999);
        $this->deliver($body)->assertStatus(404);
        $this->assertSame(0, DB::table('appointments')->count(), 'not stored under a default company');
        $this->assertSame(0, DB::table('calcom_webhook_deliveries')->count());
        $this->assertSame(1, DB::table('calcom_host_mappings')->count(), 'no mapping was created (only the seeded one)');
        $this->assertStringContainsString('no company for this team', $this->logText());
    }

    public function test_a_wrong_signature_is_refused(): void
    {
        $body = $this->delivery('BOOKING_CREATED', $this->payload('uid_web_bad'));
        $this->deliver($body, 'whsec_wrong')->assertStatus(401);
        $this->deliver($body, null)->assertStatus(401);
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_rescheduled_and_cancelled_move_the_phone_booking_forward(): void
    {
        $this->agentSays($this->booking('call_hooked'));
        $row = DB::table('appointments')->first();
        // Cal.com first tells about the booking made by the phone: no second row.
        $created = $this->payload($row->calcom_v2_booking_uid);
        $this->deliver($this->delivery('BOOKING_CREATED', $created))->assertStatus(200);
        $this->assertSame(1, DB::table('appointments')->count());
        $this->assertSame((int) $row->staff_id, (int) DB::table('appointments')->value('staff_id'), 'the host stays as Cal.com had it');

        $moved = ['uid' => 'uid_moved_1', 'bookingId' => 4712, 'rescheduleUid' => $row->calcom_v2_booking_uid,
            'startTime' => str_replace(' ', 'T', self::utc(self::bookableDay(5), '16:00')) . '.000Z',
            'endTime' => str_replace(' ', 'T', self::utc(self::bookableDay(5), '16:30')) . '.000Z'] + $created;
        $this->deliver($this->delivery('BOOKING_RESCHEDULED', $moved))->assertStatus(200);
        $after = DB::table('appointments')->first();
        $this->assertSame(1, DB::table('appointments')->count());
        $this->assertSame('uid_moved_1', $after->calcom_v2_booking_uid);
        $this->assertSame(self::utc(self::bookableDay(5), '16:00'), $after->starts_at);
        $this->assertSame('call_hooked', $after->call_id, 'the call and the customer stay');
        $this->assertSame($this->staffId('Anna'), (int) $after->staff_id, 'the new booking\'s host');

        $this->deliver($this->delivery('BOOKING_CANCELLED', ['cancellationReason' => 'Krank'] + $moved))->assertStatus(200);
        $this->assertSame('cancelled', DB::table('appointments')->value('status'));
        $this->assertSame('Krank', DB::table('appointments')->value('cancellation_reason'));
    }

    public function test_deliveries_go_through_the_queue_and_a_worker_applies_them(): void
    {
        config(['queue.default' => 'database']);
        $this->deliver($this->delivery('BOOKING_CREATED', $this->payload('uid_queued')))->assertStatus(200)->assertJson(['status' => 'accepted']);
        $this->assertSame(1, DB::table('jobs')->count(), 'the package queued its job');
        $this->assertSame(0, DB::table('appointments')->count(), 'nothing applied before a worker runs');
        Artisan::call('queue:work', ['--once' => true, '--stop-when-empty' => true]);
        $this->assertSame(0, DB::table('jobs')->count());
        $this->assertSame(1, DB::table('appointments')->where('calcom_v2_booking_uid', 'uid_queued')->count());
    }
}
