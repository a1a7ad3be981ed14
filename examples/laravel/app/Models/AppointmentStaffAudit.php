<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/** One manual staff assignment on the admin page. Written once, never updated. */
class AppointmentStaffAudit extends Model
{
    public const UPDATED_AT = null;

    protected $fillable = ['appointment_id', 'user_id', 'old_staff_id', 'new_staff_id', 'reason'];

    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }
}
