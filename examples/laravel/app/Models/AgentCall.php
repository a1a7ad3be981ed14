<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/** One phone-agent call that reached the booking tool (idempotency per call id). */
class AgentCall extends Model
{
    public const IN_PROGRESS = 'in_progress';
    public const AMBIGUOUS = 'ambiguous';   // Cal.com may have booked: look before booking again
    public const FAILED = 'failed';         // Cal.com certainly did not book
    public const BOOKED = 'booked';

    protected $guarded = [];
    protected $casts = ['starts_at' => 'datetime', 'attempts' => 'integer'];

    public function appointment()
    {
        return $this->belongsTo(Appointment::class);
    }
}
