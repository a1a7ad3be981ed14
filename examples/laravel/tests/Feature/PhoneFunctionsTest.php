<?php

declare(strict_types=1);

namespace Tests\Feature;

use App\Support\Speech;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/** check_availability, find_alternatives, reschedule, cancel and list, as the voice agent calls them. */
class PhoneFunctionsTest extends TestCase
{
    protected static bool $needsEmulator = true;

    private function say(string $function, string $callId, array $args, array $call = []): string
    {
        return $this->agentSays($this->retell($function, $callId, $args, $call));
    }

    private static function spokenDay(\DateTimeImmutable $d): string
    {
        return Speech::day(CarbonImmutable::instance($d), 'Europe/Berlin');
    }

    public function test_check_availability_for_a_day_reads_out_free_times(): void
    {
        $day = self::bookableDay();
        $said = $this->say('check_availability', 'call_av1', ['service' => 'Herrenhaarschnitt', 'date' => $day->format('j.n.Y')]);
        $this->assertSame(sprintf('Am %s, ist frei um 9 Uhr, 9:30 Uhr, 10 Uhr, 10:30 Uhr und 11 Uhr und später. Welcher Termin passt Ihnen?',
            self::spokenDay($day)), $said);
        $slots = array_filter(static::$emu->stats()['requests'], fn ($r) => $r['path'] === '/v2/slots');
        $this->assertCount(1, $slots);
        $this->assertSame('2024-09-04', array_values($slots)[0]['version'], 'the slots API version');
    }

    public function test_check_availability_for_a_range_covers_each_day(): void
    {
        $day = self::bookableDay();
        $to = $day->modify('+1 day');
        $said = $this->say('check_availability', 'call_av2', ['service' => 'Damenhaarschnitt', 'date' => $day->format('Y-m-d'), 'date_to' => $to->format('Y-m-d')]);
        $this->assertStringContainsString('Am ' . self::spokenDay($day) . ', ist frei um 9 Uhr, 10 Uhr', $said);
        $this->assertStringContainsString(self::spokenDay($to), $said);
    }

    public function test_check_availability_for_a_time_answers_yes_or_offers_the_nearest(): void
    {
        $day = self::bookableDay();
        $this->assertStringStartsWith('Ja, am ' . self::spokenDay($day) . ', um 10 Uhr ist ein Termin für Herrenhaarschnitt frei.',
            $this->say('check_availability', 'call_av3', ['service' => 'Herrenhaarschnitt', 'date' => $day->format('d.m.Y'), 'time' => '10 Uhr']));
        foreach (['a', 'b', 'c'] as $i => $s) {
            $this->agentSays($this->booking("call_fill_$s", ['customer_name' => "Kunde $s", 'phone' => "+4917011111{$i}0"]));
        }
        $said = $this->say('check_availability', 'call_av4', ['service' => 'Herrenhaarschnitt', 'date' => $day->format('d.m.Y'), 'time' => '10 Uhr']);
        $this->assertSame(sprintf('Am %s, um 10 Uhr ist leider nichts frei. Am selben Tag wäre 9 Uhr, 9:30 Uhr oder 10:30 Uhr frei. Passt Ihnen eine dieser Zeiten?',
            self::spokenDay($day)), $said);
    }

    public function test_find_alternatives_offers_the_nearest_free_times(): void
    {
        $day = self::bookableDay();
        foreach (['a', 'b', 'c'] as $i => $s) {
            $this->agentSays($this->booking("call_alt_$s", ['customer_name' => "Kunde $s", 'phone' => "+4917022222{$i}0", 'time' => '14:00']));
        }
        $said = $this->say('find_alternatives', 'call_alt', ['service' => 'Herrenhaarschnitt', 'date' => $day->format('d.m.Y'), 'time' => '14 Uhr']);
        // Nearest first (13:30 and 14:30, then 13:00 before the equally near 15:00), read out in order.
        $this->assertSame(sprintf('Am %s, um 14 Uhr ist leider nichts frei. Ich kann Ihnen am selben Tag 13 Uhr, 13:30 Uhr oder 14:30 Uhr anbieten. Was passt Ihnen?',
            self::spokenDay($day)), $said);
        $this->assertSame(3, $this->bookingsCreated(), 'asking books nothing');
    }

    public function test_reschedule_moves_the_booking_in_cal_com_and_the_row_follows(): void
    {
        $this->agentSays($this->booking('call_rs_book'));
        $before = DB::table('appointments')->first();
        $new = self::bookableDay(5);
        $said = $this->say('reschedule_appointment', 'call_rs', ['date' => $new->format('d.m.Y'), 'time' => '15 Uhr']);
        $this->assertStringStartsWith('Ihr Termin ist verschoben auf ' . self::spokenDay($new) . ', um 15 Uhr.', $said);
        $after = DB::table('appointments')->first();
        $this->assertSame(1, DB::table('appointments')->count(), 'the same row, moved');
        $this->assertNotSame($before->calcom_v2_booking_uid, $after->calcom_v2_booking_uid, 'Cal.com made a new booking');
        $this->assertSame(self::utc($new, '15:00'), $after->starts_at);
        $this->assertSame($this->staffForHost($this->calcomHost($after->calcom_v2_booking_uid)), (int) $after->staff_id);
        $old = static::$emu->request('GET', '/bookings/' . $before->calcom_v2_booking_uid, static::$emu->headers('bookings'))['json']['data'];
        $this->assertSame('cancelled', $old['status']);
        $this->assertSame($after->calcom_v2_booking_uid, $old['rescheduledToUid']);
    }

    public function test_cancel_cancels_in_cal_com_and_locally_and_a_retry_changes_nothing(): void
    {
        $this->agentSays($this->booking('call_cx_book'));
        $row = DB::table('appointments')->first();
        $payload = $this->retell('cancel_appointment', 'call_cx', []);
        $said = $this->agentSays($payload);
        $this->assertStringContainsString('ist abgesagt', $said);
        $this->assertSame('cancelled', DB::table('appointments')->value('status'));
        $this->assertSame('cancelled', static::$emu->request('GET', '/bookings/' . $row->calcom_v2_booking_uid, static::$emu->headers('bookings'))['json']['data']['status']);
        $this->assertSame($said, $this->agentSays($payload));
        $this->assertSame('Unter Ihrer Rufnummer finde ich keinen anstehenden Termin.', $this->say('cancel_appointment', 'call_cx2', []));
    }

    public function test_several_appointments_are_asked_about_and_the_named_one_is_chosen(): void
    {
        $d1 = self::bookableDay(3);
        $d2 = self::bookableDay(5);
        $this->agentSays($this->booking('call_m1', ['date' => $d1->format('Y-m-d')]));
        $this->agentSays($this->booking('call_m2', ['date' => $d2->format('Y-m-d'), 'service' => 'Damenhaarschnitt']));
        $list = $this->say('list_my_appointments', 'call_list', []);
        $this->assertStringStartsWith('Sie haben 2 Termine: Herrenhaarschnitt am ' . self::spokenDay($d1) . ', um 10 Uhr bei ', $list);
        $this->assertStringContainsString('Damenhaarschnitt am ' . self::spokenDay($d2), $list);

        $this->assertStringContainsString('Welchen Termin möchten Sie absagen?', $this->say('cancel_appointment', 'call_which', []));
        $said = $this->say('cancel_appointment', 'call_which2', ['date' => $d2->format('d.m.')]);
        $this->assertStringContainsString('Damenhaarschnitt am ' . self::spokenDay($d2), $said);
        $this->assertSame(['scheduled', 'cancelled'], DB::table('appointments')->orderBy('starts_at')->pluck('status')->all());
        $this->assertSame('Unter Ihrer Rufnummer finde ich keinen anstehenden Termin.',
            $this->say('list_my_appointments', 'call_other', [], ['from_number' => '+4915199999999']));
    }

    public function test_a_reschedule_whose_answer_was_lost_is_adopted_by_the_retry_not_done_twice(): void
    {
        $this->agentSays($this->booking('call_rsl_book'));
        $uid = DB::table('appointments')->value('calcom_v2_booking_uid');
        static::$emu->config(['faults' => [['match' => "POST /v2/bookings/$uid/reschedule", 'count' => 1, 'type' => 'close_before_response', 'apply' => true]]]);
        $payload = $this->retell('reschedule_appointment', 'call_rsl', ['date' => self::bookableDay(5)->format('d.m.Y'), 'time' => '15 Uhr']);
        $this->assertStringContainsString('nicht rechtzeitig geantwortet', $this->agentSays($payload));
        $this->assertSame(1, static::$emu->stats()['bookings_rescheduled'], 'Cal.com did move it');
        $this->assertSame($uid, DB::table('appointments')->value('calcom_v2_booking_uid'), 'nothing half-written');

        $this->assertStringStartsWith('Ihr Termin ist verschoben auf', $this->agentSays($payload));
        $this->assertSame(1, static::$emu->stats()['bookings_rescheduled'], 'the retry found the new booking instead of moving again');
        $this->assertSame(self::utc(self::bookableDay(5), '15:00'), DB::table('appointments')->value('starts_at'));
        $this->assertNotSame($uid, DB::table('appointments')->value('calcom_v2_booking_uid'));
    }

    public function test_a_cancellation_whose_answer_was_lost_completes_on_the_retry(): void
    {
        $this->agentSays($this->booking('call_cxl_book'));
        $uid = DB::table('appointments')->value('calcom_v2_booking_uid');
        static::$emu->config(['faults' => [['match' => "POST /v2/bookings/$uid/cancel", 'count' => 1, 'type' => 'close_before_response', 'apply' => true]]]);
        $payload = $this->retell('cancel_appointment', 'call_cxl', []);
        $this->assertStringContainsString('nicht rechtzeitig geantwortet', $this->agentSays($payload));
        $this->assertSame('scheduled', DB::table('appointments')->value('status'));
        $this->assertStringContainsString('ist abgesagt', $this->agentSays($payload), 'Cal.com says "already cancelled": done');
        $this->assertSame('cancelled', DB::table('appointments')->value('status'));
    }

    public function test_an_unknown_function_is_answered(): void
    {
        $this->assertSame('Diese Funktion kenne ich leider nicht.', $this->say('transfer_call', 'call_x', []));
    }
}
