<?php

declare(strict_types=1);

namespace App\Exceptions;

/** Cal.com answered 2xx to a create but the body holds no booking: it may still have booked. */
final class UnusableBookingException extends \RuntimeException
{
}
