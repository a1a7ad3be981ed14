<?php

declare(strict_types=1);

namespace Calbook\Laravel\Events;

/** Cal.com's BOOKING_CREATED delivery, verified and stored. */
final class BookingCreated extends BookingWebhookEvent
{
}
