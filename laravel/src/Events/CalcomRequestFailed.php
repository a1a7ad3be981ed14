<?php

namespace Calbook\Laravel\Events;

/**
 * Fired when a call threw (transport failure, refused input, answer too large). $exception is
 * the exception's class name only: messages are left out of the event.
 * $mayHaveReachedServer is false only when the request provably never left (Calbook\TransportException).
 */
final class CalcomRequestFailed
{
    public function __construct(
        public readonly CallInfo $call,
        public readonly string $exception,
        public readonly float $durationMs,
        public readonly int $attempts,
        public readonly int $retries,
        public readonly bool $mayHaveReachedServer,
        public readonly ?int $curlCode = null,
    ) {
    }
}
