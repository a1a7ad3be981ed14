<?php

declare(strict_types=1);

namespace App\Support;

use Carbon\CarbonImmutable;
use Throwable;

/** Times from Cal.com payloads: an ISO 8601 string to a UTC instant, anything else to null. */
final class UtcTime
{
    public static function parse(mixed $iso): ?CarbonImmutable
    {
        if (!is_string($iso) || $iso === '') {
            return null;
        }
        try {
            return CarbonImmutable::parse($iso)->utc();
        } catch (Throwable) {
            return null;
        }
    }
}
