<?php

declare(strict_types=1);

namespace Calbook\Laravel\Events;

/** Cal.com's BOOKING_CANCELLED delivery, verified and stored. */
final class BookingCancelled extends BookingWebhookEvent
{
    public function cancellationReason(): ?string
    {
        $reason = $this->payload['cancellationReason'] ?? null;
        return is_string($reason) && $reason !== '' ? $reason : null;
    }
}
