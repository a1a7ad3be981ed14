<?php

declare(strict_types=1);

namespace App\Booking;

use App\Models\Appointment;
use App\Support\UtcTime;
use Calbook\Laravel\HostMapping\Assignment;
use Calbook\Laravel\HostMapping\HostMappingService;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * Writes Cal.com bookings into appointments, from the phone path and from webhooks alike.
 * The staff member is always Cal.com's host resolved by the package's host mapping (the ground
 * truth); the caller's wish stays in preferred_staff_id and is never copied into staff_id.
 */
final class AppointmentRecorder
{
    public function __construct(private HostMappingService $mappings)
    {
    }

    /** Who Cal.com assigned, for a booking of one company. */
    public function assignment(array $booking, int $companyId, ?int $preferredStaffId, string $context): Assignment
    {
        $uid = is_string($booking['uid'] ?? null) ? $booking['uid'] : null;
        return $this->mappings->assign($booking, $companyId, $preferredStaffId, $context, true, $uid);
    }

    /**
     * A booking made by the phone path: its row (or the row a webhook stored first, completed).
     *
     * @param array<string, mixed> $values the local fields (customer, service, call id, preferred staff)
     */
    public function booked(int $companyId, array $booking, array $values, string $context = 'phone'): Appointment
    {
        $assignment = $this->assignment($booking, $companyId, $values['preferred_staff_id'] ?? null, $context);
        $values += [
            'company_id' => $companyId,
            'calcom_booking_id' => is_int($booking['id'] ?? null) ? $booking['id'] : null,
            'status' => Appointment::SCHEDULED,
            'starts_at' => UtcTime::parse($booking['start'] ?? $booking['startTime'] ?? null),
            'ends_at' => UtcTime::parse($booking['end'] ?? $booking['endTime'] ?? null),
        ];
        $appointment = DB::transaction(function () use ($booking, $values, $assignment) {
            $appointment = Appointment::query()->where('calcom_v2_booking_uid', $booking['uid'])->lockForUpdate()->first()
                ?? new Appointment(['calcom_v2_booking_uid' => $booking['uid']]);
            $appointment->fill($values);
            self::apply($appointment, $assignment);
            $appointment->save();
            return $appointment;
        });
        if ($appointment->staff_id === null) {
            Log::warning('appointment stored without staff', ['appointment_id' => $appointment->id,
                'calcom_host_id' => $appointment->calcom_host_id, 'reason' => $assignment->reason]);
        }
        return $appointment;
    }

    /** A reschedule: the new booking replaces the old one in the same row; customer, call and wish stay. */
    public function rescheduled(Appointment $appointment, array $newBooking, string $context): Appointment
    {
        $assignment = $this->assignment($newBooking, $appointment->company_id, $appointment->preferred_staff_id, $context);
        $appointment->fill([
            'calcom_v2_booking_uid' => $newBooking['uid'],
            'calcom_booking_id' => is_int($newBooking['id'] ?? null) ? $newBooking['id'] : $appointment->calcom_booking_id,
            'starts_at' => UtcTime::parse($newBooking['start'] ?? $newBooking['startTime'] ?? null) ?? $appointment->starts_at,
            'ends_at' => UtcTime::parse($newBooking['end'] ?? $newBooking['endTime'] ?? null) ?? $appointment->ends_at,
            'status' => Appointment::SCHEDULED,
            'cancellation_reason' => null,
        ]);
        self::apply($appointment, $assignment);
        $appointment->save();
        return $appointment;
    }

    public static function apply(Appointment $appointment, Assignment $assignment): void
    {
        // An assignment made by a person on the admin page stands until Cal.com names another host.
        if ($assignment->staffId === null && $appointment->assignment_source === 'manual'
            && $assignment->calcomHostId === $appointment->calcom_host_id) {
            return;
        }
        $appointment->staff_id = $assignment->staffId !== null ? (int) $assignment->staffId : null;
        $appointment->calcom_host_id = $assignment->calcomHostId;
        $appointment->assignment_source = $assignment->mappingSource();
        $appointment->assignment_confidence = $assignment->staffId !== null ? $assignment->confidence : null;
    }
}
