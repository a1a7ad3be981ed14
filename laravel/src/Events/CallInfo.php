<?php

namespace Calbook\Laravel\Events;

/**
 * What a Connection call is, without ids or data: the connection name, the method called, the
 * HTTP verb, the path TEMPLATE ("/bookings/{uid}/cancel") and the cal-api-version family.
 * Every event carries one as $call.
 */
final class CallInfo
{
    public function __construct(
        public readonly string $connection,
        public readonly string $method,
        public readonly string $verb,
        public readonly string $pathTemplate,
        public readonly string $family,
    ) {
    }

    /** @return array{connection: string, method: string, verb: string, path: string, family: string} */
    public function toArray(): array
    {
        return [
            'connection' => $this->connection,
            'method' => $this->method,
            'verb' => $this->verb,
            'path' => $this->pathTemplate,
            'family' => $this->family,
        ];
    }
}
