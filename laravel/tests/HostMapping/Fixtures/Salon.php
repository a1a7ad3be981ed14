<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping\Fixtures;

use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/**
 * An application's tables (staff, appointments) and the package's migrations, for tests that
 * resolve hosts. Company 1 is the emulator's team 42 (users 101 Fabian Spitzer, 102 Jürgen Müller,
 * 103 Anna Schmidt); company 2 is another salon with its own staff.
 */
trait Salon
{
    protected function migrateSalon(): void
    {
        \Illuminate\Support\Facades\Artisan::call('migrate', ['--force' => true]);
        Schema::create('staff', function (Blueprint $t) {
            $t->id();
            $t->unsignedBigInteger('company_id');
            $t->string('first_name');
            $t->string('last_name');
            $t->string('email')->nullable();
            $t->boolean('is_active')->default(true);
            $t->timestamps();
        });
        Schema::create('appointments', function (Blueprint $t) {
            $t->id();
            $t->unsignedBigInteger('company_id');
            $t->string('calcom_v2_booking_uid')->nullable();
            $t->unsignedBigInteger('staff_id')->nullable();
            $t->unsignedBigInteger('preferred_staff_id')->nullable();
            $t->unsignedBigInteger('calcom_host_id')->nullable();
            $t->string('assignment_source')->nullable();
            $t->unsignedTinyInteger('assignment_confidence')->nullable();
            $t->timestamps();
        });
    }

    /** Laravel's `jobs` table (the database queue's), as `php artisan make:queue-table` creates it. */
    protected function createJobsTable(): void
    {
        Schema::create('jobs', function (Blueprint $t) {
            $t->id();
            $t->string('queue')->index();
            $t->longText('payload');
            $t->unsignedTinyInteger('attempts');
            $t->unsignedInteger('reserved_at')->nullable();
            $t->unsignedInteger('available_at');
            $t->unsignedInteger('created_at');
        });
    }

    protected function seedStaff(): void
    {
        foreach ([
            [7, 1, 'Fabian', 'Spitzer', 'fabian@salon-demo.test'],
            [8, 1, 'Jürgen', 'Müller', null],                 // found by name (umlaut folding)
            [9, 1, 'Anna', 'Schmidt', 'ANNA@salon-demo.test'], // found by email (case folded)
            [20, 2, 'Fabian', 'Spitzer', 'fabian@salon-demo.test'], // the same person at another company
        ] as [$id, $company, $first, $last, $email]) {
            Staff::query()->create(['id' => $id, 'company_id' => $company, 'first_name' => $first, 'last_name' => $last,
                'email' => $email, 'is_active' => true]);
        }
    }

    /** calbook.host_mapping and calbook.backfill pointed at the fixtures. */
    protected function configureSalon($app): void
    {
        $app['config']->set('calbook.host_mapping.staff.model', Staff::class);
        $app['config']->set('calbook.backfill.model', Appointment::class);
        $app['config']->set('calbook.backfill.columns', [
            'uid' => 'calcom_v2_booking_uid', 'staff' => 'staff_id', 'company' => 'company_id',
            'preferred_staff' => 'preferred_staff_id', 'host' => 'calcom_host_id', 'source' => 'assignment_source',
            'confidence' => 'assignment_confidence',
        ]);
    }

    /** A Cal.com host as the emulator's users look. */
    protected static function host(int $id): array
    {
        return [
            101 => ['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'fabian@salon-demo.test', 'username' => 'fabian'],
            102 => ['id' => 102, 'name' => 'Jürgen Müller', 'email' => 'juergen@salon-demo.test', 'username' => 'juergen'],
            103 => ['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test', 'username' => 'anna'],
            104 => ['id' => 104, 'name' => 'Nobody Known', 'email' => 'nobody@salon-demo.test', 'username' => 'nobody'],
        ][$id] + ['timeZone' => 'Europe/Berlin'];
    }
}
