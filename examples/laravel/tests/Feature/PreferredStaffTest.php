<?php

declare(strict_types=1);

namespace Tests\Feature;

use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/**
 * A caller who names a staff member gets that person when free (Cal.com's round robin books, the
 * booking is reassigned to the named host), otherwise hears who is free. The wish
 * (preferred_staff_id) and Cal.com's host (staff_id) stay apart.
 */
class PreferredStaffTest extends TestCase
{
    protected static bool $needsEmulator = true;

    private function requests(): array
    {
        return array_map(fn ($r) => $r['method'] . ' ' . $r['path'], static::$emu->stats()['requests']);
    }

    public function test_the_named_staff_member_is_booked_when_free(): void
    {
        // The round robin's next host is 101 (Fabian); the caller wants Jürgen (102).
        $said = $this->agentSays($this->booking('call_juergen', ['preferred_staff' => 'Jürgen', 'time' => '14:00']));
        $row = DB::table('appointments')->first();
        $juergen = $this->staffId('Juergen');
        $this->assertSame(102, $this->calcomHost($row->calcom_v2_booking_uid), 'Cal.com has Jürgen as the host');
        $this->assertSame(102, (int) $row->calcom_host_id);
        $this->assertSame($juergen, (int) $row->staff_id);
        $this->assertSame($juergen, (int) $row->preferred_staff_id);
        $this->assertStringContainsString('Sie werden von Juergen Mueller bedient.', $said);
        $this->assertContains('POST /v2/bookings/' . $row->calcom_v2_booking_uid . '/reassign/102', $this->requests());
        $this->assertSame(1, $this->bookingsCreated());
    }

    public function test_no_reassignment_when_the_round_robin_already_chose_the_named_person(): void
    {
        $this->agentSays($this->booking('call_fabian', ['preferred_staff' => 'Herr Spitzer']));
        $row = DB::table('appointments')->first();
        $this->assertSame($this->staffId('Fabian'), (int) $row->staff_id);
        $this->assertSame($this->staffId('Fabian'), (int) $row->preferred_staff_id);
        $this->assertEmpty(array_filter($this->requests(), fn ($r) => str_contains($r, '/reassign')));
    }

    public function test_a_busy_named_person_books_nothing_and_the_caller_hears_who_is_free(): void
    {
        $this->agentSays($this->booking('call_first', ['preferred_staff' => 'Jürgen', 'time' => '14:00', 'customer_name' => 'Erster Kunde']));
        $said = $this->agentSays($this->booking('call_second', ['preferred_staff' => 'Juergen', 'time' => '14:00',
            'customer_name' => 'Zweiter Kunde'], ['from_number' => '+491709876543']));
        $this->assertStringContainsString('Juergen hat am', $said);
        $this->assertStringContainsString('leider keinen Termin frei', $said);
        $this->assertStringContainsString('Zu dieser Zeit sind Fabian Spitzer und Anna Schmidt frei.', $said);
        $this->assertSame(1, $this->bookingsCreated(), 'nothing booked for the second caller');
        $this->assertSame(1, DB::table('appointments')->count());
    }

    public function test_the_wish_and_the_assignment_stay_apart_when_cal_com_refuses_the_move(): void
    {
        // Jürgen looks free when asked, but is taken by someone else before the move.
        static::$emu->config(['faults' => [['match' => 'POST /v2/bookings/', 'count' => 1, 'type' => 'status', 'status' => 400,
            'shape' => 'envelope', 'message' => 'User is not available']]]);
        $said = $this->agentSays($this->booking('call_refused', ['preferred_staff' => 'Jürgen']));
        $row = DB::table('appointments')->first();
        $this->assertSame($this->staffId('Juergen'), (int) $row->preferred_staff_id);
        $host = $this->calcomHost($row->calcom_v2_booking_uid);
        $this->assertNotSame(102, $host);
        $this->assertSame($this->staffForHost($host), (int) $row->staff_id, 'staff is who Cal.com has, not the wish');
        $this->assertStringContainsString('Bei Juergen war dieser Termin leider nicht möglich', $said);
    }

    public function test_a_name_nobody_has_is_asked_back(): void
    {
        $said = $this->agentSays($this->booking('call_klaus', ['preferred_staff' => 'Klaus']));
        $this->assertStringContainsString('Diesen Namen finde ich in unserem Team leider nicht', $said);
        $this->assertStringContainsString('Anna Schmidt, Fabian Spitzer und Juergen Mueller', $said);
        $this->assertStringNotContainsString('Lena', $said, 'staff who left are not offered');
        $this->assertSame(0, $this->bookingsCreated());
    }

    public function test_check_availability_for_a_named_person_leaves_out_their_busy_times(): void
    {
        $day = self::bookableDay();
        $this->agentSays($this->booking('call_busy_j', ['preferred_staff' => 'Jürgen', 'time' => '09:00']));
        $said = $this->agentSays($this->retell('check_availability', 'call_check_j',
            ['service' => 'Herrenhaarschnitt', 'date' => $day->format('d.m.Y'), 'preferred_staff' => 'Jürgen']));
        $this->assertStringContainsString(', ist bei Juergen frei um 9:30 Uhr, 10 Uhr', $said);
        $all = $this->agentSays($this->retell('check_availability', 'call_check_all',
            ['service' => 'Herrenhaarschnitt', 'date' => $day->format('d.m.Y')]));
        $this->assertStringContainsString(', ist frei um 9 Uhr, 9:30 Uhr', $all, 'others are free at 9');
    }
}
