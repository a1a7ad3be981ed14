<?php

declare(strict_types=1);

namespace Database\Seeders;

use App\Models\Company;
use App\Models\Service;
use App\Models\Staff;
use Calbook\Laravel\HostMapping\HostMappingService;
use Illuminate\Database\Seeder;

/**
 * The demo salon, matching the Cal.com emulator's team 42 "Salon Demo" (users 101 Fabian Spitzer,
 * 102 Jürgen Müller, 103 Anna Schmidt; event types 501 Herrenhaarschnitt 30 min, 502
 * Damenhaarschnitt 60 min, round robin). Callers reach it at +49 30 12345678. The local rows
 * are as real staff lists are:
 * - Fabian has a known mapping (host 101), made by hand when the salon connected Cal.com;
 * - Jürgen is stored as "Juergen Mueller" with his private address: only name matching
 *   (umlaut folding) finds him;
 * - Anna has no mapping: her salon address matches Cal.com's, so email matching finds her;
 * - Lena left the salon (inactive) and must never be assigned.
 * A second salon (no Cal.com team, no phone number) has its own "Anna Schmidt" with the same
 * address, so tenant separation matters.
 * The Cal.com key and webhook secret come from CALCOM_API_KEY and CALCOM_WEBHOOK_SECRET.
 */
class DemoSalonSeeder extends Seeder
{
    public function run(): void
    {
        $salon = Company::query()->create(['name' => 'Salon Demo', 'slug' => 'salon-demo', 'phone_number' => '+493012345678',
            'calcom_team_id' => 42, 'timezone' => 'Europe/Berlin',
            'calcom_api_key' => env('CALCOM_API_KEY'), 'calcom_webhook_secret' => env('CALCOM_WEBHOOK_SECRET')]);
        $other = Company::query()->create(['name' => 'Friseur Nord', 'slug' => 'friseur-nord', 'timezone' => 'Europe/Berlin']);

        Service::query()->create(['company_id' => $salon->id, 'name' => 'Herrenhaarschnitt', 'event_type_id' => 501, 'minutes' => 30]);
        Service::query()->create(['company_id' => $salon->id, 'name' => 'Damenhaarschnitt', 'event_type_id' => 502, 'minutes' => 60]);

        $fabian = Staff::query()->create(['company_id' => $salon->id, 'first_name' => 'Fabian', 'last_name' => 'Spitzer',
            'email' => 'fabian.spitzer@salon-demo.test', 'is_active' => true]);
        Staff::query()->create(['company_id' => $salon->id, 'first_name' => 'Juergen', 'last_name' => 'Mueller',
            'email' => 'j.mueller@web.example', 'is_active' => true]);
        Staff::query()->create(['company_id' => $salon->id, 'first_name' => 'Anna', 'last_name' => 'Schmidt',
            'email' => 'anna@salon-demo.test', 'is_active' => true]);
        Staff::query()->create(['company_id' => $salon->id, 'first_name' => 'Lena', 'last_name' => 'Vogel',
            'email' => 'lena@salon-demo.test', 'is_active' => false]);
        Staff::query()->create(['company_id' => $other->id, 'first_name' => 'Anna', 'last_name' => 'Schmidt',
            'email' => 'anna@salon-demo.test', 'is_active' => true]);

        app(HostMappingService::class)->map($salon->id, 101, $fabian->id, 'set up by hand when the salon connected Cal.com', 'seed');
    }
}
