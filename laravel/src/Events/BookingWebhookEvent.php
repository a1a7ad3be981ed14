<?php

declare(strict_types=1);

namespace Calbook\Laravel\Events;

use Calbook\Laravel\HostMapping\Assignment;

/**
 * A booking delivery from Cal.com, verified with the tenant's webhook secret, stored once and
 * processed by the queued ProcessCalcomWebhook job. Listeners run at least once per delivery
 * (a listener that throws makes the job retry): make them idempotent, e.g. by `$uid`.
 */
abstract class BookingWebhookEvent
{
    /**
     * @param int|string               $companyId  the tenant the delivery was verified for
     * @param string                   $trigger    Cal.com's triggerEvent, e.g. BOOKING_CREATED
     * @param array<string, mixed>     $payload    the delivery's `payload` (the booking)
     * @param int                      $deliveryId the calcom_webhook_deliveries row
     * @param string|null              $uid        the booking uid (for a reschedule: the NEW booking)
     * @param Assignment|null          $assignment the host resolved to staff (null when host mapping is off)
     */
    public function __construct(
        public readonly int|string $companyId,
        public readonly string $trigger,
        public readonly array $payload,
        public readonly int $deliveryId,
        public readonly ?string $uid,
        public readonly ?Assignment $assignment = null,
    ) {
    }

    /** Cal.com's team id of the booking, when it is a team booking. */
    public function teamId(): ?int
    {
        $id = $this->payload['team']['id'] ?? null;
        return is_int($id) ? $id : null;
    }

    public function startTime(): ?string
    {
        return is_string($this->payload['startTime'] ?? null) ? $this->payload['startTime'] : null;
    }

    public function endTime(): ?string
    {
        return is_string($this->payload['endTime'] ?? null) ? $this->payload['endTime'] : null;
    }
}
