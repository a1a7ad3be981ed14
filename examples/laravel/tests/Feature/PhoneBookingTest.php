<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use PHPUnit\Framework\Attributes\DataProvider;
use Tests\TestCase;

/** book_appointment against the Cal.com emulator: dates as callers say them, staff, idempotency, failures. */
class PhoneBookingTest extends TestCase
{
    protected static bool $needsEmulator = true;

    private function onlyAppointment(): object
    {
        $rows = DB::table('appointments')->get();
        $this->assertCount(1, $rows);
        return $rows[0];
    }

    public function test_booking_stores_cal_coms_host_as_staff_and_names_them(): void
    {
        $said = $this->agentSays($this->booking('call_ok_1'));
        $row = $this->onlyAppointment();
        $host = $this->calcomHost($row->calcom_v2_booking_uid);
        $this->assertSame($host, (int) $row->calcom_host_id);
        $this->assertSame($this->staffForHost($host), (int) $row->staff_id);
        $this->assertSame('call_ok_1', $row->call_id);
        $this->assertSame(1, (int) $row->company_id);
        $this->assertSame(self::CALLER, $row->customer_phone);
        $this->assertNull($row->preferred_staff_id);
        $name = DB::table('staff')->where('id', $row->staff_id)->selectRaw("first_name || ' ' || last_name as n")->value('n');
        $this->assertStringContainsString('ist gebucht', $said);
        $this->assertStringContainsString("Sie werden von $name bedient.", $said);
        $this->assertSame(1, $this->bookingsCreated());
    }

    /** @return array<string, array{0: callable(\DateTimeImmutable): array{0: string, 1: string}, 1: string}> */
    public static function germanDates(): array
    {
        $next = static function (\DateTimeImmutable $d, int $weekday): \DateTimeImmutable {
            $ahead = ($weekday - (int) $d->format('N') + 7) % 7 ?: 7;
            return $d->modify("+$ahead days");
        };
        return [
            'dd.mm.yyyy' => [static fn (\DateTimeImmutable $d) => [$d->format('d.m.Y'), '14 Uhr'], '14:00'],
            'd.m.yyyy' => [static fn (\DateTimeImmutable $d) => [$d->format('j.n.Y'), '10:30'], '10:30'],
            'd.m.' => [static fn (\DateTimeImmutable $d) => [$d->format('j.n.'), 'halb drei'], '14:30'],
            'date and time in one' => [static fn (\DateTimeImmutable $d) => [$d->format('d.m.Y') . ' um 11 Uhr', ''], '11:00'],
            'nächsten Dienstag um 14 Uhr' => [static fn (\DateTimeImmutable $d) => ['nächsten Dienstag um 14 Uhr', ''], '14:00'],
            'Mittwoch, viertel nach drei' => [static fn (\DateTimeImmutable $d) => ['Mittwoch', 'viertel nach drei'], '15:15'],
        ];
    }

    #[DataProvider('germanDates')]
    public function test_a_date_said_the_german_way_books(callable $say, string $hhmm): void
    {
        $today = new \DateTimeImmutable('today', new \DateTimeZone('Europe/Berlin'));
        $day = self::bookableDay(4);
        [$date, $time] = $say($day);
        if (str_contains($date, 'Dienstag')) {
            $day = $today->modify('next tuesday');
        } elseif ($date === 'Mittwoch') {
            $day = $today->modify('next wednesday');
        }
        $said = $this->agentSays($this->booking('call_de_' . md5($date . $time), ['date' => $date, 'time' => $time]));
        $this->assertStringContainsString('ist gebucht', $said, "'$date' '$time'");
        $this->assertSame(self::utc($day, $hhmm), $this->onlyAppointment()->starts_at);
        $this->assertSame(1, $this->bookingsCreated());
    }

    public function test_an_unreadable_date_or_time_is_asked_back(): void
    {
        $this->assertStringContainsString('Für welchen Tag', $this->agentSays($this->booking('call_q1', ['date' => 'irgendwann bald'])));
        $this->assertStringContainsString('Um wie viel Uhr', $this->agentSays($this->booking('call_q2', ['date' => 'morgen', 'time' => 'wenn es passt'])));
        $this->assertStringContainsString('Für welchen Tag', $this->agentSays($this->booking('call_q3', ['date' => '31.02.2027'])));
        $this->assertStringContainsString('Vergangenheit', $this->agentSays($this->booking('call_q4', ['date' => '07.01.2020'])));
        $this->assertStringContainsString('Welche Leistung', $this->agentSays($this->booking('call_q5', ['service' => ''])));
        $this->assertStringContainsString('nicht buchen', $this->agentSays($this->booking('call_q6', ['service' => 'Dauerwelle'])));
        $this->assertStringContainsString('Auf welchen Namen', $this->agentSays($this->booking('call_q7', ['customer_name' => ''])));
        $this->assertSame(0, $this->bookingsCreated());
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_create_response_without_hosts_is_still_assigned(): void
    {
        static::$emu->config(['create_without_hosts' => true]);
        $this->agentSays($this->booking('call_legacy_1'));
        $row = $this->onlyAppointment();
        $this->assertNotNull($row->staff_id, 'the incident: a create response without hosts left staff_id NULL');
        $this->assertSame($this->staffForHost($this->calcomHost($row->calcom_v2_booking_uid)), (int) $row->staff_id);
    }

    public function test_a_host_that_matches_no_staff_is_stored_visibly_unassigned(): void
    {
        DB::table('calcom_host_mappings')->delete();
        DB::table('staff')->where('company_id', 1)->update(['is_active' => false]);
        $said = $this->agentSays($this->booking('call_nobody', ['phone' => '0170 7654321']));
        $row = $this->onlyAppointment();
        $this->assertNull($row->staff_id);
        $this->assertSame($this->calcomHost($row->calcom_v2_booking_uid), (int) $row->calcom_host_id);
        $this->assertSame('+491707654321', $row->customer_phone);
        $this->assertStringEndsWith('ist gebucht.', $said);
        $this->assertStringContainsString('appointment stored without staff', $this->logText());
    }

    public function test_every_team_member_resolves_and_new_mappings_are_audited(): void
    {
        foreach (['a', 'b', 'c'] as $i => $suffix) {
            $this->agentSays($this->booking("call_rr_$suffix", ['customer_name' => "Kunde $suffix", 'phone' => '+4917012345' . $i . '0', 'time' => '11:00']));
        }
        $rows = DB::table('appointments')->orderBy('id')->get();
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
    }

    public function test_the_same_call_id_never_books_twice(): void
    {
        $payload = $this->booking('call_retry_ok');
        $first = $this->agentSays($payload);
        $second = $this->agentSays($payload);
        $this->assertSame($first, $second);
        $this->assertSame(1, $this->bookingsCreated());
        // Even with other arguments, a call that booked answers with its booking.
        $third = $this->agentSays($this->booking('call_retry_ok', ['time' => '16:00']));
        $this->assertSame($first, $third);
        $this->assertSame(1, $this->bookingsCreated());
    }

    public function test_a_duplicate_while_the_call_is_in_progress_waits_and_books_nothing(): void
    {
        config(['booking.phone_agent.duplicate_wait_ms' => 300]);
        DB::table('phone_function_calls')->insert(['call_id' => 'call_busy', 'function' => 'book_appointment', 'company_id' => 1,
            'args_hash' => str_repeat('0', 64), 'state' => 'in_progress', 'attempts' => 1, 'created_at' => now(), 'updated_at' => now()]);
        $t = microtime(true);
        $said = $this->agentSays($this->booking('call_busy'));
        $this->assertGreaterThanOrEqual(0.3, microtime(true) - $t, 'it waited for the first delivery');
        $this->assertStringContainsString('Einen Moment bitte', $said);
        $this->assertSame(0, $this->bookingsCreated());
    }

    public function test_a_call_left_in_progress_by_a_dead_worker_looks_in_cal_com_first(): void
    {
        $payload = $this->booking('call_orphan');
        $r = static::$emu->request('POST', '/bookings', static::$emu->headers('bookings'), [
            'eventTypeId' => 501, 'start' => str_replace(' ', 'T', self::utc(self::bookableDay(), '10:00')) . 'Z',
            'attendee' => ['name' => 'Erika Mustermann', 'email' => 'tel491701234567@salon-demo.phone.invalid', 'timeZone' => 'Europe/Berlin'],
            'metadata' => ['call_id' => 'call_orphan', 'source' => 'phone-agent'],
        ]);
        $this->assertSame(201, $r['status']);
        DB::table('phone_function_calls')->insert(['call_id' => 'call_orphan', 'function' => 'book_appointment', 'company_id' => 1,
            'args_hash' => str_repeat('0', 64), 'state' => 'in_progress', 'attempts' => 1,
            'created_at' => now()->subMinutes(10), 'updated_at' => now()->subMinutes(10)]);
        $this->assertStringContainsString('ist gebucht', $this->agentSays($payload));
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame('call_orphan', $this->onlyAppointment()->call_id);
    }

    public function test_connection_dropped_after_booking_then_agent_retry_adopts_it(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings$', 'count' => 1, 'type' => 'close_before_response', 'apply' => true]]]);
        $payload = $this->booking('call_drop_1');
        $this->assertStringContainsString('nicht bestätigen', $this->agentSays($payload));
        $this->assertSame(1, $this->bookingsCreated(), 'Cal.com did book');
        $this->assertSame(0, DB::table('appointments')->count());
        $this->assertSame('ambiguous', DB::table('phone_function_calls')->where('call_id', 'call_drop_1')->value('state'));

        $this->assertStringContainsString('ist gebucht', $this->agentSays($payload));
        $this->assertSame(1, $this->bookingsCreated(), 'the retry found the booking instead of booking again');
        $this->assertNotNull($this->onlyAppointment()->staff_id);
        $paths = array_map(fn ($r) => $r['method'] . ' ' . $r['path'], static::$emu->stats()['requests']);
        $this->assertContains('GET /v2/bookings', $paths, 'the retry looked in Cal.com first');
    }

    public function test_calcom_500_then_agent_retry_books_once(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings$', 'count' => 1, 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
        $payload = $this->booking('call_500_1');
        $this->assertStringContainsString('Entschuldigung', $this->agentSays($payload));
        $this->assertSame(0, $this->bookingsCreated());
        $this->assertStringContainsString('ist gebucht', $this->agentSays($payload));
        $this->assertSame(1, $this->bookingsCreated());
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_calcom_unreachable_gives_a_speakable_answer(): void
    {
        config(['services.calcom.base_url' => 'http://127.0.0.1:9/v2']);
        $said = $this->agentSays($this->booking('call_down_1'));
        $this->assertStringContainsString('Entschuldigung', $said);
        $this->assertSame('failed', DB::table('phone_function_calls')->where('call_id', 'call_down_1')->value('state'));
        $this->assertSame(0, DB::table('appointments')->count());
    }

    public function test_a_taken_slot_is_answered_with_a_question(): void
    {
        foreach (['1', '2', '3'] as $n) {
            $this->agentSays($this->booking("call_full_$n", ['customer_name' => "Kunde $n", 'phone' => "+49170999999$n", 'time' => '15:00']));
        }
        $said = $this->agentSays($this->booking('call_full_4', ['customer_name' => 'Kunde 4', 'phone' => '+491709999994', 'time' => '15:00']));
        $this->assertStringContainsString('nicht mehr frei', $said);
        $this->assertSame(3, DB::table('appointments')->count());
    }

    public function test_secrets_and_customer_data_never_reach_the_logs(): void
    {
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings$', 'count' => 1, 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
        $said = $this->agentSays($this->booking('call_secret_1'));
        $this->agentSays($this->booking('call_secret_1'));
        $this->assertStringNotContainsString(static::$emu->apiKey, $said);
        $logs = $this->logText() . $this->logText('calcom.log');
        $this->assertStringContainsString('create failed', $logs);
        $this->assertStringContainsString('POST', $this->logText('calcom.log'), 'calbook logs each attempt to the calcom channel');
        $this->assertStringNotContainsString(static::$emu->apiKey, $logs);
        $this->assertStringNotContainsString('Erika', $logs);
        $this->assertStringNotContainsString(self::WEBHOOK_SECRET, $logs);
    }
}
