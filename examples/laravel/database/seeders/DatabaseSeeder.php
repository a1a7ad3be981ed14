<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Str;

class DatabaseSeeder extends Seeder
{
    /** The demo salon and one admin user (ADMIN_EMAIL / ADMIN_PASSWORD, else a random password, printed). */
    public function run(): void
    {
        $this->call(DemoSalonSeeder::class);

        $email = (string) (env('ADMIN_EMAIL') ?: 'admin@salon-demo.test');
        $password = (string) env('ADMIN_PASSWORD', '');
        if ($password === '') {
            $password = Str::password(20, symbols: false);
            $this->command?->warn("Admin user $email, password: $password (set ADMIN_PASSWORD to choose one)");
        }
        User::query()->updateOrCreate(['email' => $email], ['name' => 'Salon-Admin', 'password' => $password]);
    }
}
