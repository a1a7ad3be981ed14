<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping\Fixtures;

use Illuminate\Database\Eloquent\Model;

/** The application's staff model in the tests (a salon's table, not the package's). */
class Staff extends Model
{
    protected $table = 'staff';

    protected $guarded = [];

    protected $casts = ['is_active' => 'boolean'];
}
