<?php

declare(strict_types=1);

namespace Database\Seeders;

use App\Models\CalcomHostMapping;
use App\Models\Company;
use App\Models\Staff;
use Illuminate\Database\Seeder;

/**
 * The demo salon, matching the Cal.com emulator's team 42 "Salon Demo" (users 101 Fabian Spitzer,
 * 102 Jürgen Müller, 103 Anna Schmidt). The local rows are as real staff lists are:
 * - Fabian has a known mapping (host 101), made by hand when the salon connected Cal.com;
 * - Jürgen is stored as "Juergen Mueller" with his private address: only name matching
 *   (umlaut folding) finds him;
 * - Anna has no mapping: her salon address matches Cal.com's, so email matching finds her;
 * - Lena left the salon (inactive) and must never be assigned.
 * A second salon has its own "Anna Schmidt" with the same address, so tenant separation matters.
 */
class DemoSalonSeeder extends Seeder
{
    public function run(): void
    {
        $salon = Company::create(['name' => 'Salon Demo', 'slug' => 'salon-demo', 'calcom_team_id' => 42]);
        $other = Company::create(['name' => 'Friseur Nord', 'slug' => 'friseur-nord', 'calcom_team_id' => null]);

        $fabian = Staff::create(['company_id' => $salon->id, 'first_name' => 'Fabian', 'last_name' => 'Spitzer',
            'email' => 'fabian.spitzer@salon-demo.test', 'is_active' => true]);
        Staff::create(['company_id' => $salon->id, 'first_name' => 'Juergen', 'last_name' => 'Mueller',
            'email' => 'j.mueller@web.example', 'is_active' => true]);
        Staff::create(['company_id' => $salon->id, 'first_name' => 'Anna', 'last_name' => 'Schmidt',
            'email' => 'anna@salon-demo.test', 'is_active' => true]);
        Staff::create(['company_id' => $salon->id, 'first_name' => 'Lena', 'last_name' => 'Vogel',
            'email' => 'lena@salon-demo.test', 'is_active' => false]);
        Staff::create(['company_id' => $other->id, 'first_name' => 'Anna', 'last_name' => 'Schmidt',
            'email' => 'anna@salon-demo.test', 'is_active' => true]);

        CalcomHostMapping::create([
            'company_id' => $salon->id, 'calcom_host_id' => 101, 'staff_id' => $fabian->id,
            'mapping_source' => 'manual', 'confidence_score' => 100,
            'calcom_name' => 'Fabian Spitzer', 'calcom_email' => 'fabian@salon-demo.test',
            'calcom_username' => 'fabian', 'calcom_timezone' => 'Europe/Berlin', 'is_active' => true,
        ]);
    }
}
