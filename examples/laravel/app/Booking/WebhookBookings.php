<?php

declare(strict_types=1);

namespace App\Booking;

use App\Models\Appointment;
use App\Support\UtcTime;
use Calbook\Laravel\Events\BookingCancelled;
use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Events\BookingWebhookEvent;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * Cal.com's deliveries, after the package verified them with the company's webhook secret,
 * stored them once and handed them to its queued job: BOOKING_CREATED / RESCHEDULED / CANCELLED
 * move an appointment forward, never back, so a delivery seen twice changes nothing. The company
 * is the tenant the delivery was verified for (its team), never a default; the staff member is
 * the host as the job resolved it.
 */
final class WebhookBookings
{
    public function __construct(private AppointmentRecorder $recorder)
    {
    }

    public function created(BookingCreated $event): void
    {
        if ($event->uid === null) {
            return;
        }
        DB::transaction(function () use ($event) {
            $existing = Appointment::query()->where('calcom_v2_booking_uid', $event->uid)->lockForUpdate()->first();
            if ($existing !== null) {
                // The phone path stored it first: only fill in what is missing.
                if ($existing->staff_id === null && $event->assignment !== null) {
                    AppointmentRecorder::apply($existing, $event->assignment);
                    $existing->save();
                }
                return;
            }
            $appointment = new Appointment($this->fields($event));
            if ($event->assignment !== null) {
                AppointmentRecorder::apply($appointment, $event->assignment);
            }
            $appointment->save();
        });
        $this->log($event, 'created');
    }

    public function rescheduled(BookingRescheduled $event): void
    {
        if ($event->uid === null) {
            return;
        }
        $p = $event->payload;
        DB::transaction(function () use ($event, $p) {
            if (Appointment::query()->where('calcom_v2_booking_uid', $event->uid)->exists()) {
                return; // applied already (by the phone path or an earlier delivery)
            }
            $oldUid = is_string($p['rescheduleUid'] ?? null) ? $p['rescheduleUid'] : null;
            $old = $oldUid !== null ? Appointment::query()->where('company_id', $event->companyId)
                ->where('calcom_v2_booking_uid', $oldUid)->lockForUpdate()->first() : null;
            if ($old === null) {
                $appointment = new Appointment($this->fields($event));
                if ($event->assignment !== null) {
                    AppointmentRecorder::apply($appointment, $event->assignment);
                }
                $appointment->save();
                return;
            }
            $booking = $p + ['uid' => $event->uid, 'id' => $p['bookingId'] ?? null, 'start' => $p['startTime'] ?? null, 'end' => $p['endTime'] ?? null];
            $this->recorder->rescheduled($old, $booking, 'webhook');
        });
        $this->log($event, 'rescheduled');
    }

    public function cancelled(BookingCancelled $event): void
    {
        $appointment = $event->uid !== null ? Appointment::query()->where('company_id', $event->companyId)
            ->where('calcom_v2_booking_uid', $event->uid)->first() : null;
        if ($appointment === null || $appointment->status === Appointment::CANCELLED) {
            return;
        }
        $reason = $event->payload['cancellationReason'] ?? null;
        $appointment->fill(['status' => Appointment::CANCELLED,
            'cancellation_reason' => is_string($reason) && $reason !== '' ? mb_substr($reason, 0, 250) : null])->save();
        $this->log($event, 'cancelled');
    }

    /** @return array<string, mixed> */
    private function fields(BookingWebhookEvent $event): array
    {
        $p = $event->payload;
        $attendee = is_array($p['attendees'][0] ?? null) ? $p['attendees'][0] : [];
        $str = static fn ($v) => is_string($v) && $v !== '' ? $v : null;
        return [
            'company_id' => (int) $event->companyId,
            'calcom_v2_booking_uid' => $event->uid,
            'calcom_booking_id' => is_int($p['bookingId'] ?? null) ? $p['bookingId'] : null,
            'event_type_id' => is_int($p['eventTypeId'] ?? null) ? $p['eventTypeId'] : null,
            'status' => strtolower((string) ($p['status'] ?? '')) === 'cancelled' ? Appointment::CANCELLED : Appointment::SCHEDULED,
            'starts_at' => UtcTime::parse($event->startTime()) ?? CarbonImmutable::now('UTC'),
            'ends_at' => UtcTime::parse($event->endTime()),
            'customer_name' => mb_substr($str($attendee['name'] ?? null) ?? 'Unbekannt', 0, 120),
            'customer_email' => $str($attendee['email'] ?? null),
            'customer_phone' => $str($attendee['phoneNumber'] ?? null),
            'service_name' => $str($p['eventTitle'] ?? null) ?? $str($p['type'] ?? null),
            'source' => 'calcom_webhook',
        ];
    }

    private function log(BookingWebhookEvent $event, string $what): void
    {
        Log::info('calcom webhook applied', ['trigger' => $event->trigger, 'company_id' => $event->companyId,
            'delivery_id' => $event->deliveryId, 'outcome' => $what]);
    }
}
