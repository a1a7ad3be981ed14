<?php

namespace Calbook\Laravel\Testing;

/**
 * One call made under Calbook::fake(): what assertSent() callbacks receive.
 *   $connection  connection name      $method  Connection method ('createBooking', 'request')
 *   $verb, $path the HTTP request it stands for ('POST', '/bookings/abc/cancel'), relative to /v2
 *   $query, $body the query parameters and JSON body as given to the method (the fake does not
 *                 transform them the way the extension does), $args every argument.
 *   $priority    the connection's request priority in the shared budget ('batch' for
 *                Connection::withPriority('batch'), as the backfill uses; null: the per-method default)
 */
final class RecordedRequest
{
    public function __construct(
        public readonly string $connection,
        public readonly string $method,
        public readonly string $verb,
        public readonly string $path,
        public readonly string $pathTemplate,
        public readonly string $family,
        public readonly array $query,
        public readonly mixed $body,
        public readonly array $args,
        public readonly int|string|null $companyId = null,
        public readonly ?string $priority = null,
    ) {
    }

    /** 'POST /bookings' */
    public function line(): string
    {
        return $this->verb . ' ' . $this->path;
    }

    /** Whether this is $method ('getBooking') or matches a 'VERB /path-pattern' ('POST /bookings/*'). */
    public function is(string $pattern): bool
    {
        return CalbookFake::matches($pattern, $this);
    }

    /** A value of the body by dot key ('attendee.email'), or the whole body. */
    public function data(?string $key = null, mixed $default = null): mixed
    {
        if ($key === null) {
            return $this->body;
        }
        return data_get($this->body, $key, $default);
    }
}
