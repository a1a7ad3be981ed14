<?php

declare(strict_types=1);

namespace App\Console;

use Illuminate\Foundation\Console\Kernel as ConsoleKernel;

class Kernel extends ConsoleKernel
{
    protected $commands = [
        Commands\BackfillStaffCommand::class,
        \Illuminate\Database\Console\Seeds\SeedCommand::class,
    ];
}
