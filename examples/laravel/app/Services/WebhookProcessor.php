<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Appointment;
use App\Models\Company;
use App\Support\UtcTime;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * BOOKING_CREATED, BOOKING_RESCHEDULED and BOOKING_CANCELLED, idempotently: an exact replay of a
 * delivery is recognised by its body hash and changes nothing, and each handler only moves an
 * appointment forward (a second "cancelled" is a no-op, a reschedule already applied is a no-op).
 * Unknown triggers are acknowledged and ignored.
 */
class WebhookProcessor
{
    public function __construct(private StaffAssigner $assigner)
    {
    }

    /** @return string the outcome, e.g. "created", "rescheduled", "cancelled", "duplicate", "ignored" */
    public function process(array $event, string $rawBody): string
    {
        $trigger = is_string($event['triggerEvent'] ?? null) ? $event['triggerEvent'] : '';
        // Webhook::parse() gives the decoded delivery (under `body`, or merged at the top level)
        // plus triggerEvent, uid and host.
        $body = is_array($event['body'] ?? null) ? $event['body'] : $event;
        $payload = is_array($body['payload'] ?? null) ? $body['payload'] : $body;
        $uid = is_string($event['uid'] ?? null) ? $event['uid'] : (is_string($payload['uid'] ?? null) ? $payload['uid'] : null);
        $hash = hash('sha256', $rawBody);

        return DB::transaction(function () use ($trigger, $payload, $uid, $hash) {
            if (DB::table('calcom_webhook_events')->where('body_sha256', $hash)->exists()) {
                return 'duplicate';
            }
            $outcome = match ($trigger) {
                'BOOKING_CREATED' => $uid === null ? 'ignored' : $this->created($payload, $uid),
                'BOOKING_RESCHEDULED' => $uid === null ? 'ignored' : $this->rescheduled($payload, $uid),
                'BOOKING_CANCELLED' => $uid === null ? 'ignored' : $this->cancelled($payload, $uid),
                default => 'ignored',
            };
            DB::table('calcom_webhook_events')->insert([
                'body_sha256' => $hash, 'trigger_event' => substr($trigger, 0, 64), 'booking_uid' => $uid,
                'outcome' => $outcome, 'created_at' => now(),
            ]);
            Log::info('calcom webhook handled', ['trigger' => $trigger, 'uid' => $uid, 'outcome' => $outcome]);
            return $outcome;
        });
    }

    private function created(array $payload, string $uid): string
    {
        $existing = Appointment::query()->where('calcom_v2_booking_uid', $uid)->first();
        if ($existing !== null) {
            // The phone path stored it first; only fill in what is missing.
            if ($existing->staff_id === null) {
                $this->applyAssignment($existing, $payload, 'webhook');
                $existing->save();
                return $existing->staff_id !== null ? 'assigned' : 'exists';
            }
            return 'exists';
        }
        $appointment = new Appointment($this->fields($payload, $uid));
        $this->applyAssignment($appointment, $payload, 'webhook');
        $appointment->save();
        return 'created';
    }

    private function rescheduled(array $payload, string $newUid): string
    {
        $oldUid = is_string($payload['rescheduleUid'] ?? null) ? $payload['rescheduleUid'] : null;
        $old = $oldUid !== null ? Appointment::query()->where('calcom_v2_booking_uid', $oldUid)->first() : null;
        if ($old === null && is_int($payload['rescheduleId'] ?? null)) {
            $old = Appointment::query()->where('calcom_booking_id', $payload['rescheduleId'])->first();
        }
        $current = Appointment::query()->where('calcom_v2_booking_uid', $newUid)->first();

        if ($current !== null) {
            // Already applied (or created by another path): make sure the old row does not linger.
            if ($old !== null && $old->id !== $current->id && $old->status !== 'rescheduled') {
                $old->status = 'rescheduled';
                $old->save();
            }
            return 'exists';
        }
        $fields = $this->fields($payload, $newUid);
        if ($old === null) {
            $appointment = new Appointment($fields);
        } else {
            // The new booking replaces the old one in the same row; the customer's data, the
            // call id and the customer's wish stay.
            $appointment = $old;
            $appointment->fill([
                'calcom_v2_booking_uid' => $newUid,
                'calcom_booking_id' => $fields['calcom_booking_id'],
                'starts_at' => $fields['starts_at'],
                'ends_at' => $fields['ends_at'],
                'status' => 'scheduled',
            ]);
        }
        $this->applyAssignment($appointment, $payload, 'webhook', $appointment->preferred_staff_id);
        $appointment->save();
        return 'rescheduled';
    }

    private function cancelled(array $payload, string $uid): string
    {
        $appointment = Appointment::query()->where('calcom_v2_booking_uid', $uid)->first();
        if ($appointment === null) {
            return 'unknown_booking';
        }
        if ($appointment->status === 'cancelled') {
            return 'unchanged';
        }
        $appointment->status = 'cancelled';
        $reason = $payload['cancellationReason'] ?? null;
        $appointment->cancellation_reason = is_string($reason) && $reason !== '' ? mb_substr($reason, 0, 250) : null;
        $appointment->save();
        return 'cancelled';
    }

    private function applyAssignment(Appointment $appointment, array $payload, string $context, ?int $preferred = null): void
    {
        $result = $this->assigner->assign($payload, (int) $appointment->company_id, $preferred, $context);
        $appointment->staff_id = $result['staff_id'];
        $appointment->calcom_host_id = $result['calcom_host_id'];
        $appointment->assignment_source = $result['match']['source'] ?? null;
        $appointment->assignment_confidence = isset($result['match']['confidence']) ? (int) $result['match']['confidence'] : null;
    }

    private function fields(array $payload, string $uid): array
    {
        $attendee = is_array($payload['attendees'][0] ?? null) ? $payload['attendees'][0] : [];
        $str = static fn ($v) => is_string($v) && $v !== '' ? $v : null;
        $teamId = is_array($payload['team'] ?? null) && is_int($payload['team']['id'] ?? null) ? $payload['team']['id'] : null;
        $company = $teamId !== null ? Company::query()->where('calcom_team_id', $teamId)->first() : null;
        $companyId = $company?->id ?? (int) config('booking.default_company_id');
        return [
            'company_id' => $companyId,
            'calcom_v2_booking_uid' => $uid,
            'calcom_booking_id' => is_int($payload['bookingId'] ?? null) ? $payload['bookingId'] : null,
            'event_type_id' => is_int($payload['eventTypeId'] ?? null) ? $payload['eventTypeId'] : null,
            'status' => strtolower((string) ($payload['status'] ?? '')) === 'cancelled' ? 'cancelled' : 'scheduled',
            'starts_at' => UtcTime::parse($payload['startTime'] ?? null) ?? CarbonImmutable::now('UTC'),
            'ends_at' => UtcTime::parse($payload['endTime'] ?? null),
            'customer_name' => mb_substr($str($attendee['name'] ?? null) ?? 'Unbekannt', 0, 120),
            'customer_email' => $str($attendee['email'] ?? null),
            'customer_phone' => $str($attendee['phoneNumber'] ?? null),
            'service_name' => $str($payload['eventTitle'] ?? null) ?? $str($payload['type'] ?? null),
            'source' => 'calcom_webhook',
        ];
    }
}
