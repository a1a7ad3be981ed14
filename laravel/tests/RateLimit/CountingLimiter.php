<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\RateLimiter;

/** A limiter of the application's own (config calbook.rate_limiter => its class name). */
final class CountingLimiter implements RateLimiter
{
    public int $asked = 0;

    public function acquire(string $keyId, int $cost, string $priority): int
    {
        $this->asked++;
        return 0;
    }

    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
    }
}
