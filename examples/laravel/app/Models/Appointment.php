<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * @property int $id
 * @property int $company_id
 * @property ?int $staff_id            who Cal.com assigned (its host, resolved to staff): the ground truth
 * @property ?int $calcom_host_id
 * @property ?int $preferred_staff_id  whom the caller asked for; never copied into staff_id
 * @property ?string $calcom_v2_booking_uid
 * @property string $status
 * @property \Carbon\CarbonImmutable $starts_at
 * @property ?\Carbon\CarbonImmutable $ends_at
 */
class Appointment extends Model
{
    public const SCHEDULED = 'scheduled';
    public const CANCELLED = 'cancelled';

    protected $fillable = [
        'company_id', 'staff_id', 'calcom_host_id', 'preferred_staff_id', 'assignment_source', 'assignment_confidence',
        'calcom_v2_booking_uid', 'calcom_booking_id', 'event_type_id', 'status', 'starts_at', 'ends_at',
        'customer_name', 'customer_email', 'customer_phone', 'service_name', 'source', 'call_id', 'cancellation_reason',
    ];

    protected function casts(): array
    {
        return [
            'starts_at' => 'immutable_datetime',
            'ends_at' => 'immutable_datetime',
            'company_id' => 'integer',
            'staff_id' => 'integer',
            'preferred_staff_id' => 'integer',
            'calcom_host_id' => 'integer',
            'calcom_booking_id' => 'integer',
            'event_type_id' => 'integer',
            'assignment_confidence' => 'integer',
        ];
    }

    public function company(): BelongsTo
    {
        return $this->belongsTo(Company::class);
    }

    /** Who Cal.com assigned (the ground truth). */
    public function staff(): BelongsTo
    {
        return $this->belongsTo(Staff::class);
    }

    /** Whom the customer asked for, if anyone. */
    public function preferredStaff(): BelongsTo
    {
        return $this->belongsTo(Staff::class, 'preferred_staff_id');
    }

    public function staffAudits(): HasMany
    {
        return $this->hasMany(AppointmentStaffAudit::class);
    }

    /** A caller's coming appointments (by phone number, in one company). */
    public function scopeUpcomingFor(Builder $q, int $companyId, string $phone): Builder
    {
        return $q->where('company_id', $companyId)->where('customer_phone', $phone)
            ->where('status', self::SCHEDULED)->where('starts_at', '>', now('UTC'))->orderBy('starts_at');
    }
}
