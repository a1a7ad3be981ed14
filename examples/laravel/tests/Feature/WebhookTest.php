<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/** POST /api/calcom/webhook: signatures, each trigger, replays. Needs no Cal.com. */
class WebhookTest extends TestCase
{
    private function organizer(int $id): array
    {
        return [
            101 => ['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'fabian@salon-demo.test', 'username' => 'fabian'],
            102 => ['id' => 102, 'name' => 'Jürgen Müller', 'email' => 'juergen@salon-demo.test', 'username' => 'juergen'],
            103 => ['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test', 'username' => 'anna'],
        ][$id] + ['timeZone' => 'Europe/Berlin', 'timeFormat' => 24, 'language' => ['locale' => 'de'], 'utcOffset' => 60];
    }

    private function body(string $trigger, string $uid, int $hostId, array $extra = []): string
    {
        return json_encode([
            'triggerEvent' => $trigger,
            'createdAt' => '2030-01-02T08:00:00.000Z',
            'payload' => $extra + [
                'bookingId' => 9001,
                'uid' => $uid,
                'type' => 'herrenhaarschnitt',
                'title' => 'Herrenhaarschnitt zwischen Salon Demo und Max Muster',
                'eventTitle' => 'Herrenhaarschnitt',
                'eventTypeId' => 501,
                'startTime' => '2030-01-08T09:00:00.000Z',
                'endTime' => '2030-01-08T09:30:00.000Z',
                'organizer' => $this->organizer($hostId),
                'attendees' => [['email' => 'max@example.org', 'name' => 'Max Muster', 'timeZone' => 'Europe/Berlin',
                    'language' => ['locale' => 'de'], 'utcOffset' => 60]],
                'team' => ['name' => 'Salon Demo', 'id' => 42, 'members' => []],
                'status' => 'ACCEPTED',
                'responses' => ['name' => ['label' => 'Name', 'value' => 'Max Muster', 'isHidden' => false]],
            ],
        ], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    }

    private function deliver(string $body, ?string $signature = null)
    {
        return $this->call('POST', '/api/calcom/webhook', [], [], [], [
            'CONTENT_TYPE' => 'application/json',
            'HTTP_X_CAL_SIGNATURE_256' => $signature ?? hash_hmac('sha256', $body, self::WEBHOOK_SECRET),
        ], $body);
    }

    private function snapshot(): array
    {
        return [
            'appointments' => DB::table('appointments')->orderBy('id')->get()->map(fn ($r) => (array) $r)->all(),
            'mappings' => DB::table('calcom_host_mappings')->orderBy('id')->get()->map(fn ($r) => (array) $r)->all(),
            'audits' => DB::table('calcom_host_mapping_audits')->count(),
        ];
    }

    public function test_created_with_valid_signature_stores_the_appointment_with_staff(): void
    {
        $this->deliver($this->body('BOOKING_CREATED', 'uid-created-1', 102))->assertStatus(200)->assertJson(['status' => 'created']);
        $row = DB::table('appointments')->where('calcom_v2_booking_uid', 'uid-created-1')->first();
        $this->assertNotNull($row);
        // Jürgen Müller in Cal.com is "Juergen Mueller" with another email here: found by name.
        $this->assertSame($this->staffId('Juergen'), (int) $row->staff_id);
        $this->assertSame(102, (int) $row->calcom_host_id);
        $this->assertSame('Max Muster', $row->customer_name);
        $this->assertSame('Herrenhaarschnitt', $row->service_name);
        $mapping = DB::table('calcom_host_mappings')->where('calcom_host_id', 102)->first();
        $this->assertNotNull($mapping, 'a new mapping is stored for the host resolved by name');
        $this->assertSame('auto_name', $mapping->mapping_source);
        $this->assertSame(1, DB::table('calcom_host_mapping_audits')->where('mapping_id', $mapping->id)->where('action', 'auto_matched')->count());
    }

    public function test_invalid_signature_is_refused_and_writes_nothing(): void
    {
        $body = $this->body('BOOKING_CREATED', 'uid-forged', 101);
        $before = $this->snapshot();
        $this->deliver($body, hash_hmac('sha256', $body, 'not-the-secret'))->assertStatus(401);
        $this->deliver($body, '')->assertStatus(401);
        $this->deliver($body, 'no-secret-provided')->assertStatus(401);
        $this->assertSame($before, $this->snapshot());
        $this->assertSame(0, DB::table('calcom_webhook_events')->count());
    }

    public function test_tampered_body_is_refused(): void
    {
        $body = $this->body('BOOKING_CREATED', 'uid-tampered', 101);
        $signature = hash_hmac('sha256', $body, self::WEBHOOK_SECRET);
        $tampered = str_replace('Max Muster', 'Mallory', $body);
        $this->deliver($tampered, $signature)->assertStatus(401);
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_replayed_created_changes_nothing(): void
    {
        $body = $this->body('BOOKING_CREATED', 'uid-replay-1', 103);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'created']);
        $after = $this->snapshot();
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'duplicate']);
        $this->assertSame($after, $this->snapshot());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_rescheduled_replaces_the_old_uid_in_the_same_row(): void
    {
        $this->deliver($this->body('BOOKING_CREATED', 'uid-old', 101))->assertStatus(200);
        $id = (int) DB::table('appointments')->where('calcom_v2_booking_uid', 'uid-old')->value('id');
        $body = $this->body('BOOKING_RESCHEDULED', 'uid-new', 103, [
            'bookingId' => 9002,
            'startTime' => '2030-01-09T13:00:00.000Z',
            'endTime' => '2030-01-09T13:30:00.000Z',
            'rescheduleUid' => 'uid-old',
            'rescheduleId' => 9001,
            'rescheduleStartTime' => '2030-01-08T09:00:00.000Z',
            'rescheduleEndTime' => '2030-01-08T09:30:00.000Z',
            'rescheduledBy' => 'max@example.org',
        ]);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'rescheduled']);
        $this->assertSame(1, DB::table('appointments')->count());
        $row = DB::table('appointments')->where('id', $id)->first();
        $this->assertSame('uid-new', $row->calcom_v2_booking_uid);
        $this->assertSame('scheduled', $row->status);
        $this->assertStringStartsWith('2030-01-09 13:00:00', $row->starts_at);
        // The new booking has another host: assignment follows Cal.com.
        $this->assertSame($this->staffId('Anna'), (int) $row->staff_id);
        $this->assertSame(103, (int) $row->calcom_host_id);
    }

    public function test_replayed_rescheduled_changes_nothing(): void
    {
        $this->deliver($this->body('BOOKING_CREATED', 'uid-r-old', 101))->assertStatus(200);
        $body = $this->body('BOOKING_RESCHEDULED', 'uid-r-new', 101, [
            'startTime' => '2030-01-10T10:00:00.000Z', 'endTime' => '2030-01-10T10:30:00.000Z',
            'rescheduleUid' => 'uid-r-old', 'rescheduleId' => 9001,
        ]);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'rescheduled']);
        $after = $this->snapshot();
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'duplicate']);
        $this->assertSame($after, $this->snapshot());
    }

    public function test_cancelled_marks_the_appointment_cancelled(): void
    {
        $this->deliver($this->body('BOOKING_CREATED', 'uid-c', 101))->assertStatus(200);
        $this->deliver($this->body('BOOKING_CANCELLED', 'uid-c', 101, ['status' => 'CANCELLED',
            'cancellationReason' => 'Krank', 'cancelledBy' => 'max@example.org']))
            ->assertStatus(200)->assertJson(['status' => 'cancelled']);
        $row = DB::table('appointments')->where('calcom_v2_booking_uid', 'uid-c')->first();
        $this->assertSame('cancelled', $row->status);
        $this->assertSame('Krank', $row->cancellation_reason);
    }

    public function test_replayed_cancelled_changes_nothing(): void
    {
        $this->deliver($this->body('BOOKING_CREATED', 'uid-cr', 101))->assertStatus(200);
        $cancel = $this->body('BOOKING_CANCELLED', 'uid-cr', 101, ['status' => 'CANCELLED', 'cancellationReason' => 'Krank']);
        $this->deliver($cancel)->assertStatus(200)->assertJson(['status' => 'cancelled']);
        $after = $this->snapshot();
        $this->deliver($cancel)->assertStatus(200)->assertJson(['status' => 'duplicate']);
        // The same cancellation delivered again with a new createdAt (a different body) is a no-op too.
        $again = str_replace('2030-01-02T08:00:00.000Z', '2030-01-02T08:05:00.000Z', $cancel);
        $this->deliver($again)->assertStatus(200)->assertJson(['status' => 'unchanged']);
        $this->assertSame($after, $this->snapshot());
    }

    public function test_unknown_trigger_is_acknowledged_and_ignored(): void
    {
        $body = json_encode(['triggerEvent' => 'MEETING_ENDED', 'uid' => 'uid-meeting', 'userId' => 101,
            'createdAt' => '2030-01-02T08:00:00.000Z']);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'ignored']);
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_body_that_is_not_json_is_a_bad_request(): void
    {
        $body = 'triggerEvent=BOOKING_CREATED';
        $this->deliver($body)->assertStatus(400);
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_created_for_an_unknown_host_is_stored_unassigned(): void
    {
        $body = $this->body('BOOKING_CREATED', 'uid-stranger', 101, ['organizer' => [
            'id' => 999, 'name' => 'Petra Fremd', 'email' => 'petra@elsewhere.example', 'username' => 'petra',
            'timeZone' => 'Europe/Berlin', 'language' => ['locale' => 'de']]]);
        $this->deliver($body)->assertStatus(200)->assertJson(['status' => 'created']);
        $row = DB::table('appointments')->where('calcom_v2_booking_uid', 'uid-stranger')->first();
        $this->assertNull($row->staff_id);
        $this->assertSame(999, (int) $row->calcom_host_id);
        $this->assertSame(0, DB::table('calcom_host_mappings')->where('calcom_host_id', 999)->count());
    }
}
