<?php

declare(strict_types=1);

namespace Calbook\Laravel\Events;

/**
 * Every verified delivery, whatever its trigger (BOOKING_REQUESTED, BOOKING_REJECTED, MEETING_ENDED,
 * triggers Cal.com adds later...), dispatched by ProcessCalcomWebhook before the booking events.
 */
final class WebhookReceived
{
    /**
     * @param array<string, mixed> $body the whole decoded delivery
     */
    public function __construct(
        public readonly int|string $companyId,
        public readonly string $trigger,
        public readonly array $body,
        public readonly int $deliveryId,
        public readonly ?string $uid,
    ) {
    }
}
