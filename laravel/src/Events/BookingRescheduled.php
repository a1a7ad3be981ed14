<?php

declare(strict_types=1);

namespace Calbook\Laravel\Events;

/**
 * Cal.com's BOOKING_RESCHEDULED delivery, verified and stored. `$uid` is the NEW booking; the
 * booking it replaces is `previousUid()` (Cal.com's `rescheduleUid`) / `previousId()`.
 */
final class BookingRescheduled extends BookingWebhookEvent
{
    public function previousUid(): ?string
    {
        $uid = $this->payload['rescheduleUid'] ?? null;
        return is_string($uid) && $uid !== '' ? $uid : null;
    }

    public function previousId(): ?int
    {
        $id = $this->payload['rescheduleId'] ?? null;
        return is_int($id) ? $id : null;
    }
}
