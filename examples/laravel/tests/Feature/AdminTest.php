<?php

declare(strict_types=1);

namespace Tests\Feature;

use App\Models\User;
use Illuminate\Support\Facades\DB;
use Tests\TestCase;

/** The admin page: login required, unassigned first then newest, paginated, filtered, staff assigned by hand with an audit row. */
class AdminTest extends TestCase
{
    private function admin(): User
    {
        return User::query()->where('email', 'admin@salon-demo.test')->firstOrFail();
    }

    /** @param array<string, mixed> $over */
    private function appointment(array $over): int
    {
        return (int) DB::table('appointments')->insertGetId($over + [
            'company_id' => 1, 'staff_id' => $this->staffId('Fabian'), 'calcom_host_id' => 101, 'status' => 'scheduled',
            'starts_at' => '2030-01-08 09:00:00', 'customer_name' => 'Kunde', 'service_name' => 'Herrenhaarschnitt',
            'source' => 'phone', 'created_at' => now(), 'updated_at' => now(),
        ]);
    }

    public function test_the_page_and_the_assignment_need_a_login(): void
    {
        $id = $this->appointment(['customer_name' => 'Erika Mustermann']);
        $this->get('/admin/appointments')->assertRedirect('/login');
        $this->post("/admin/appointments/$id/staff", ['staff_id' => $this->staffId('Anna')])->assertRedirect('/login');
        $this->assertSame($this->staffId('Fabian'), (int) DB::table('appointments')->value('staff_id'));
        $this->get('/login')->assertOk()->assertDontSee('Erika Mustermann');
    }

    public function test_the_seeded_admin_logs_in_and_a_wrong_password_does_not(): void
    {
        $this->post('/login', ['email' => 'admin@salon-demo.test', 'password' => 'wrong'])->assertSessionHasErrors('email');
        $this->assertGuest();
        $this->post('/login', ['email' => 'admin@salon-demo.test', 'password' => 'test-admin-password'])
            ->assertRedirect('/admin/appointments');
        $this->assertAuthenticatedAs($this->admin());
    }

    public function test_unassigned_appointments_come_first_even_behind_many_older_rows(): void
    {
        // The old page loaded the 500 oldest rows: these two were never among them and it said "0 ohne Mitarbeiter".
        $rows = [];
        for ($i = 0; $i < 600; $i++) {
            $rows[] = ['company_id' => 1, 'staff_id' => $this->staffId('Fabian'), 'status' => 'scheduled',
                'starts_at' => sprintf('2025-%02d-%02d 09:00:00', 1 + intdiv($i, 28) % 12, 1 + $i % 28), 'customer_name' => "Alt $i",
                'source' => 'phone', 'created_at' => '2025-01-01 00:00:00', 'updated_at' => '2025-01-01 00:00:00'];
        }
        foreach (array_chunk($rows, 100) as $chunk) {
            DB::table('appointments')->insert($chunk);
        }
        $this->appointment(['staff_id' => null, 'customer_name' => 'Ohne Eins', 'starts_at' => '2031-01-01 09:00:00', 'created_at' => '2026-01-01 00:00:00']);
        $this->appointment(['staff_id' => null, 'customer_name' => 'Ohne Zwei', 'starts_at' => '2031-01-02 09:00:00', 'created_at' => '2026-02-01 00:00:00']);
        $this->appointment(['customer_name' => 'Neu Zugeordnet', 'created_at' => '2026-03-01 00:00:00']);

        $page = $this->actingAs($this->admin())->get('/admin/appointments')->assertOk();
        $page->assertSee('<strong id="unassigned-count">2</strong> ohne Mitarbeiter', false);
        $page->assertSeeInOrder(['Ohne Zwei', 'Ohne Eins', 'Neu Zugeordnet', 'Alt '], false);
        $page->assertSee('Seite 1 von 25');
        $this->actingAs($this->admin())->get('/admin/appointments?page=25')->assertOk()->assertSee('Seite 25 von 25')->assertDontSee('Ohne Eins');
    }

    public function test_filters_by_company_and_status(): void
    {
        $this->appointment(['customer_name' => 'Demo Geplant']);
        $this->appointment(['customer_name' => 'Demo Abgesagt', 'status' => 'cancelled']);
        $this->appointment(['company_id' => 2, 'staff_id' => $this->staffId('Anna', 2), 'customer_name' => 'Nord Geplant']);
        $admin = $this->actingAs($this->admin());
        $admin->get('/admin/appointments?company=2')->assertSee('Nord Geplant')->assertDontSee('Demo Geplant');
        $admin->get('/admin/appointments?status=cancelled')->assertSee('Demo Abgesagt')->assertDontSee('Demo Geplant')->assertDontSee('Nord Geplant');
        $admin->get('/admin/appointments?company=1&status=scheduled')->assertSee('Demo Geplant')->assertDontSee('Demo Abgesagt');
        $admin->get('/admin/appointments?status=gelöscht')->assertSessionHasErrors('status');
    }

    public function test_staff_is_assigned_by_hand_with_an_audit_row(): void
    {
        $id = $this->appointment(['staff_id' => null, 'calcom_host_id' => 555, 'customer_name' => 'Ohne']);
        $anna = $this->staffId('Anna');
        $this->actingAs($this->admin())->from('/admin/appointments')
            ->post("/admin/appointments/$id/staff", ['staff_id' => $anna, 'reason' => 'Laut Kalender Anna'])
            ->assertRedirect('/admin/appointments');
        $row = DB::table('appointments')->find($id);
        $this->assertSame($anna, (int) $row->staff_id);
        $this->assertSame('manual', $row->assignment_source);
        $audit = DB::table('appointment_staff_audits')->where('appointment_id', $id)->first();
        $this->assertSame($this->admin()->id, (int) $audit->user_id);
        $this->assertNull($audit->old_staff_id);
        $this->assertSame($anna, (int) $audit->new_staff_id);
        $this->assertSame('Laut Kalender Anna', $audit->reason);
    }

    public function test_staff_of_another_salon_or_who_left_cannot_be_assigned(): void
    {
        $id = $this->appointment(['staff_id' => null]);
        foreach ([$this->staffId('Anna', 2), $this->staffId('Lena'), 999999] as $staff) {
            $this->actingAs($this->admin())->post("/admin/appointments/$id/staff", ['staff_id' => $staff])->assertSessionHasErrors('staff_id');
        }
        $this->assertNull(DB::table('appointments')->find($id)->staff_id);
        $this->assertSame(0, DB::table('appointment_staff_audits')->count());
    }
}
