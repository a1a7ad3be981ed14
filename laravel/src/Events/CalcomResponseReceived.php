<?php

namespace Calbook\Laravel\Events;

/**
 * Fired when a call returned: any HTTP status (check $status; 4xx/5xx are answers, not
 * exceptions). $attempts is the number of HTTP requests the call made (retries and a create's
 * host fetch included), $retries how many of them were retries, $durationMs the wall time of the
 * whole call. $requestId is Cal.com's X-Request-Id (null when absent). For getBookingsByUid()
 * $status is the lowest status of the batch's answers and $count the number of uids.
 */
final class CalcomResponseReceived
{
    public function __construct(
        public readonly CallInfo $call,
        public readonly int $status,
        public readonly float $durationMs,
        public readonly int $attempts,
        public readonly int $retries,
        public readonly ?string $requestId = null,
        public readonly int $count = 1,
    ) {
    }

    public function successful(): bool
    {
        return $this->status >= 200 && $this->status < 300;
    }
}
