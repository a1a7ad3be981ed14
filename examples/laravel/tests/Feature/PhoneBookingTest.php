<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/** POST /api/retell/function-call book_appointment against the Cal.com emulator. */
class PhoneBookingTest extends TestCase
{
    protected static bool $needsEmulator = true;

    private function onlyAppointment(): object
    {
        $rows = DB::table('appointments')->get();
        $this->assertCount(1, $rows);
        return $rows[0];
    }

    /** The host Cal.com actually assigned, read back from Cal.com. */
    private function calcomHost(string $uid): int
    {
        return (int) $this->client()->getBooking($uid)->throw()->json('data.hosts.0.id');
    }

    public function test_booking_stores_staff_and_host_and_names_the_staff(): void
    {
        $said = $this->agentSays($this->retellCall('call_ok_1', []));
        $row = $this->onlyAppointment();
        $host = $this->calcomHost($row->calcom_v2_booking_uid);
        $this->assertSame($host, (int) $row->calcom_host_id);
        $this->assertSame($this->staffForHost($host), (int) $row->staff_id);
        $this->assertSame('call_ok_1', $row->call_id);
        $this->assertSame('Erika Mustermann', $row->customer_name);
        $this->assertSame('+491701234567', $row->customer_phone);
        $this->assertSame('Herrenhaarschnitt', $row->service_name);
        $this->assertNull($row->preferred_staff_id);
        $name = DB::table('staff')->where('id', $row->staff_id)->selectRaw("first_name || ' ' || last_name as n")->value('n');
        $this->assertStringContainsString('ist gebucht', $said);
        $this->assertStringContainsString("Sie werden von $name bedient.", $said);
        $this->assertSame(1, $this->bookingsCreated());
    }

    public function test_create_response_without_hosts_is_still_assigned(): void
    {
        static::$emu->config(['create_without_hosts' => true]);
        $this->agentSays($this->retellCall('call_legacy_1', []));
        $row = $this->onlyAppointment();
        $this->assertNotNull($row->staff_id, 'the incident: a create response without hosts left staff_id NULL');
        $this->assertNotNull($row->calcom_host_id);
        $this->assertSame($this->staffForHost($this->calcomHost($row->calcom_v2_booking_uid)), (int) $row->staff_id);
        $this->assertSame(1, $this->bookingsCreated());
    }

    public function test_booking_whose_host_matches_no_staff_is_stored_unassigned(): void
    {
        DB::table('calcom_host_mappings')->delete();
        DB::table('staff')->where('company_id', 1)->update(['is_active' => false]);
        $said = $this->agentSays($this->retellCall('call_nobody', ['phone' => '0170 7654321']));
        $row = $this->onlyAppointment();
        $this->assertNull($row->staff_id, 'visibly unassigned');
        $this->assertSame($this->calcomHost($row->calcom_v2_booking_uid), (int) $row->calcom_host_id);
        $this->assertSame('+491707654321', $row->customer_phone);
        $this->assertStringEndsWith('ist gebucht.', $said);
        $this->assertStringNotContainsString('bedient', $said);
        $this->assertSame(1, $this->bookingsCreated());
        $log = (string) file_get_contents(self::workDir() . '/storage/logs/laravel.log');
        $this->assertStringContainsString('appointment stored without staff', $log);
    }

    public function test_calbook_logs_to_the_calcom_channel(): void
    {
        static::$emu->config(['create_without_hosts' => true]);
        $log = self::workDir() . '/storage/logs/calcom.log';
        $before = is_file($log) ? filesize($log) : 0;
        $this->agentSays($this->retellCall('call_log_1', []));
        clearstatcache();
        $written = (string) file_get_contents($log, false, null, $before);
        $this->assertStringContainsString('calbook: POST /v2/bookings 201', $written);
        $this->assertStringContainsString('without hosts', $written, 'the legacy create shape is visible in the log');
        $this->assertStringNotContainsString('Erika', $written, 'no customer data in the log');
        $this->assertStringNotContainsString(static::$emu->apiKey, $written);
    }

    public function test_webhook_after_the_phone_booking_adds_no_second_row(): void
    {
        $this->agentSays($this->retellCall('call_then_hook', []));
        $row = $this->onlyAppointment();
        $booking = $this->client()->getBooking($row->calcom_v2_booking_uid)->throw()->data();
        $host = $booking['hosts'][0];
        $body = json_encode(['triggerEvent' => 'BOOKING_CREATED', 'createdAt' => gmdate('Y-m-d\TH:i:s.000\Z'), 'payload' => [
            'bookingId' => $booking['id'], 'uid' => $booking['uid'], 'eventTypeId' => 501, 'eventTitle' => 'Herrenhaarschnitt',
            'startTime' => $booking['start'], 'endTime' => $booking['end'], 'status' => 'ACCEPTED',
            'organizer' => ['id' => $host['id'], 'name' => $host['name'], 'email' => $host['email'],
                'username' => $host['username'], 'timeZone' => 'Europe/Berlin', 'language' => ['locale' => 'de']],
            'attendees' => [['name' => 'Erika Mustermann', 'email' => $booking['attendees'][0]['email'], 'timeZone' => 'Europe/Berlin']],
            'team' => ['id' => 42, 'name' => 'Salon Demo', 'members' => []],
        ]], JSON_UNESCAPED_SLASHES);
        $this->call('POST', '/api/calcom/webhook', [], [], [], ['CONTENT_TYPE' => 'application/json',
            'HTTP_X_CAL_SIGNATURE_256' => hash_hmac('sha256', $body, self::WEBHOOK_SECRET)], $body)
            ->assertStatus(200)->assertJson(['status' => 'exists']);
        $after = $this->onlyAppointment();
        $this->assertEquals((array) $row, (array) $after);
    }

    public function test_every_team_member_resolves_and_new_mappings_are_audited(): void
    {
        // One slot, three callers: round robin gives each of the three hosts one booking, so
        // each resolution path runs (mapping for Fabian, name for Juergen, email for Anna).
        foreach (['a', 'b', 'c'] as $i => $suffix) {
            $said = $this->agentSays($this->retellCall("call_rr_$suffix", [
                'customer_name' => "Kunde $suffix", 'phone' => '+4917012345' . $i . '0', 'time' => '11:00']));
            $this->assertStringContainsString('ist gebucht', $said);
        }
        $rows = DB::table('appointments')->orderBy('id')->get();
        $this->assertCount(3, $rows);
        $hosts = [];
        foreach ($rows as $row) {
            $host = $this->calcomHost($row->calcom_v2_booking_uid);
            $hosts[] = $host;
            $this->assertSame($this->staffForHost($host), (int) $row->staff_id);
        }
        sort($hosts);
        $this->assertSame([101, 102, 103], $hosts);
        $sources = DB::table('calcom_host_mappings')->orderBy('calcom_host_id')->pluck('mapping_source', 'calcom_host_id')->all();
        $this->assertSame('manual', $sources[101]);
        $this->assertStringStartsWith('auto_', $sources[102]);
        $this->assertStringStartsWith('auto_', $sources[103]);
        $this->assertSame(2, DB::table('calcom_host_mapping_audits')->where('action', 'auto_matched')->count());
    }

    public function test_customer_preference_met_and_not_met_are_kept_apart(): void
    {
        // Three callers all ask for Anna at the same time: Cal.com gives her to exactly one.
        $answers = [];
        foreach (['x', 'y', 'z'] as $i => $suffix) {
            $answers[] = $this->agentSays($this->retellCall("call_pref_$suffix", [
                'customer_name' => "Kunde $suffix", 'phone' => '+4917055555' . $i . '0', 'time' => '14:00',
                'preferred_staff' => 'Anna']));
        }
        $anna = $this->staffId('Anna');
        $rows = DB::table('appointments')->orderBy('id')->get();
        $this->assertCount(3, $rows);
        $met = 0;
        foreach ($rows as $i => $row) {
            $this->assertSame($anna, (int) $row->preferred_staff_id);
            $this->assertNotNull($row->staff_id);
            if ((int) $row->staff_id === $anna) {
                $met++;
                $this->assertStringContainsString('Sie werden von Anna Schmidt bedient.', $answers[$i]);
            } else {
                $this->assertStringContainsString('Bei Anna war dieser Termin leider nicht möglich', $answers[$i]);
            }
        }
        $this->assertSame(1, $met);
    }

    public function test_the_same_call_id_never_books_twice(): void
    {
        $payload = $this->retellCall('call_retry_ok', []);
        $first = $this->agentSays($payload);
        $second = $this->agentSays($payload);
        $this->assertSame($first, $second);
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_a_delivery_while_the_same_call_is_in_progress_books_nothing(): void
    {
        DB::table('agent_calls')->insert(['call_id' => 'call_busy', 'company_id' => 1, 'state' => 'in_progress',
            'attempts' => 1, 'created_at' => now(), 'updated_at' => now()]);
        $said = $this->agentSays($this->retellCall('call_busy', []));
        $this->assertStringContainsString('Einen Moment bitte', $said);
        $this->assertSame(0, $this->bookingsCreated());
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_a_call_left_in_progress_by_a_dead_worker_looks_in_cal_com_first(): void
    {
        // A worker booked, then died before storing: its row stayed in_progress.
        $payload = $this->retellCall('call_orphan', []);
        $this->client()->createBooking([
            'eventTypeId' => 501,
            'start' => (new \DateTimeImmutable($payload['args']['date'] . ' 10:00', new \DateTimeZone('Europe/Berlin')))
                ->setTimezone(new \DateTimeZone('UTC'))->format('Y-m-d\TH:i:s\Z'),
            'name' => 'Erika Mustermann', 'email' => 'tel491701234567@salon-demo.phone.invalid', 'timeZone' => 'Europe/Berlin',
            'metadata' => ['call_id' => 'call_orphan', 'source' => 'phone-agent'],
        ])->throw();
        DB::table('agent_calls')->insert(['call_id' => 'call_orphan', 'company_id' => 1, 'state' => 'in_progress',
            'attempts' => 1, 'created_at' => now()->subMinutes(10), 'updated_at' => now()->subMinutes(10)]);
        $said = $this->agentSays($payload);
        $this->assertStringContainsString('ist gebucht', $said);
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame('call_orphan', $this->onlyAppointment()->call_id);
    }

    public function test_connection_dropped_after_booking_then_agent_retry_adopts_it(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'close_before_response', 'apply' => true]]]);
        $payload = $this->retellCall('call_drop_1', []);
        $said = $this->agentSays($payload);
        $this->assertStringContainsString('nicht bestätigen', $said);
        $this->assertSame(1, $this->bookingsCreated(), 'Cal.com did book');
        $this->assertSame(0, DB::table('appointments')->count(), 'nothing half-written');
        $this->assertSame('ambiguous', DB::table('agent_calls')->where('call_id', 'call_drop_1')->value('state'));

        $retry = $this->agentSays($payload);
        $this->assertStringContainsString('ist gebucht', $retry);
        $this->assertSame(1, $this->bookingsCreated(), 'the retry found the booking instead of booking again');
        $row = $this->onlyAppointment();
        $this->assertNotNull($row->staff_id);
        $this->assertSame('booked', DB::table('agent_calls')->where('call_id', 'call_drop_1')->value('state'));
        $paths = array_map(fn ($r) => $r['method'] . ' ' . $r['path'], static::$emu->stats()['requests']);
        $this->assertContains('GET /v2/bookings', $paths, 'the retry looked in Cal.com first');
    }

    public function test_calcom_slower_than_the_timeout_then_agent_retry_does_not_duplicate(): void
    {
        $this->app['config']->set('services.calcom.timeout_ms', 1000);
        static::$emu->config(['latency_ms' => 2500]);
        $payload = $this->retellCall('call_slow_1', []);
        $said = $this->agentSays($payload);
        $this->assertStringContainsString('Entschuldigung', $said);
        $this->assertSame(0, DB::table('appointments')->count(), 'nothing half-written');
        usleep(2_000_000); // let the slow request finish on the emulator's side
        static::$emu->config(['latency_ms' => 0]);

        $retry = $this->agentSays($payload);
        $this->assertStringContainsString('ist gebucht', $retry);
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_calcom_500_then_agent_retry_books_once(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
        $payload = $this->retellCall('call_500_1', []);
        $said = $this->agentSays($payload);
        $this->assertStringContainsString('Entschuldigung', $said);
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertSame(0, $this->bookingsCreated());

        $retry = $this->agentSays($payload);
        $this->assertStringContainsString('ist gebucht', $retry);
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_unreadable_create_response_then_agent_retry_books_once(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'invalid_json']]]);
        $payload = $this->retellCall('call_garbled_1', []);
        $this->assertStringContainsString('Entschuldigung', $this->agentSays($payload));
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertSame('ambiguous', DB::table('agent_calls')->where('call_id', 'call_garbled_1')->value('state'));

        $this->assertStringContainsString('ist gebucht', $this->agentSays($payload));
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_calcom_unreachable_gives_a_speakable_answer(): void
    {
        $this->app['config']->set('services.calcom.base_url', 'http://127.0.0.1:9/v2');
        $said = $this->agentSays($this->retellCall('call_down_1', []));
        $this->assertStringContainsString('Entschuldigung', $said);
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertSame('failed', DB::table('agent_calls')->where('call_id', 'call_down_1')->value('state'));
    }

    public function test_taken_slot_is_answered_with_a_question(): void
    {
        foreach (['1', '2', '3'] as $n) {
            $this->agentSays($this->retellCall("call_full_$n", ['customer_name' => "Kunde $n", 'phone' => "+49170999999$n", 'time' => '15:00']));
        }
        $said = $this->agentSays($this->retellCall('call_full_4', ['customer_name' => 'Kunde 4', 'phone' => '+491709999994', 'time' => '15:00']));
        $this->assertStringContainsString('nicht mehr frei', $said);
        $this->assertSame(3, DB::table('appointments')->count());
    }

    public function test_missing_arguments_are_asked_for(): void
    {
        $this->assertStringContainsString('Welche Leistung', $this->agentSays($this->retellCall('call_q1', ['service' => ''])));
        $this->assertStringContainsString('nicht buchen', $this->agentSays($this->retellCall('call_q2', ['service' => 'Dauerwelle'])));
        $this->assertStringContainsString('welche Uhrzeit', $this->agentSays($this->retellCall('call_q3', ['time' => 'abends'])));
        $this->assertStringContainsString('Vergangenheit', $this->agentSays($this->retellCall('call_q4', ['date' => '2020-01-07'])));
        $this->assertSame(0, static::$emu->stats()['bookings_created']);
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_secret_never_reaches_the_answer_or_the_logs(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
        $said = $this->agentSays($this->retellCall('call_secret_1', []));
        $this->assertStringNotContainsString(static::$emu->apiKey, $said);
        $logs = '';
        foreach (glob(self::workDir() . '/storage/logs/*.log') ?: [] as $f) {
            $logs .= file_get_contents($f);
        }
        $this->assertStringContainsString('create failed', $logs);
        $this->assertStringNotContainsString(static::$emu->apiKey, $logs);
    }
}
