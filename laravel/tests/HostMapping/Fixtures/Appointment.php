<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping\Fixtures;

use Illuminate\Database\Eloquent\Model;

/** The application's appointments in the tests: some stored with a booking uid and no staff. */
class Appointment extends Model
{
    protected $table = 'appointments';

    protected $guarded = [];
}
