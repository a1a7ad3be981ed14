<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Appointment extends Model
{
    protected $guarded = [];
    protected $casts = [
        'starts_at' => 'datetime',
        'ends_at' => 'datetime',
        'staff_id' => 'integer',
        'preferred_staff_id' => 'integer',
        'calcom_host_id' => 'integer',
        'company_id' => 'integer',
    ];

    public function company()
    {
        return $this->belongsTo(Company::class);
    }

    /** Who Cal.com assigned (the ground truth). */
    public function staff()
    {
        return $this->belongsTo(Staff::class);
    }

    /** Whom the customer asked for, if anyone. */
    public function preferredStaff()
    {
        return $this->belongsTo(Staff::class, 'preferred_staff_id');
    }
}
