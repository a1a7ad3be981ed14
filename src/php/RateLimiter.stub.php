<?php

/** @generate-class-entries */

namespace Calbook;

/**
 * A request budget shared by every client that uses the same Cal.com API key, across
 * processes and machines (the client option "rate_limiter").
 *
 * The client calls acquire() before it sends each request (every attempt, retries included)
 * and observe() after each answer it received. acquire() must not block: it answers at once
 * with 0 (granted, the budget is spent) or with how many milliseconds to wait before asking
 * again. The client waits within the call's deadline (timeout_ms) and asks again; when the
 * wait would pass the deadline it throws RateLimitException before anything is sent.
 */
interface RateLimiter
{
    /** A call a person waits on (phone agent): create, reschedule, cancel, slots. */
    /** @var string */
    public const LIVE = "live";

    /** Background traffic (backfill, sync): may use only part of the window. */
    /** @var string */
    public const BATCH = "batch";

    /**
     * @param string $keyId the API key's id: a hash of the key, never the key itself
     * @param int $cost requests to take from the budget (1 for one HTTP request)
     * @param string $priority RateLimiter::LIVE or RateLimiter::BATCH
     * @return int 0 when granted, else milliseconds to wait before asking again
     */
    public function acquire(string $keyId, int $cost, string $priority): int;

    /**
     * What Cal.com said about the budget, after every answer (a 429 included).
     * $limit, $remaining and $resetSeconds come from the X-RateLimit-*-Default headers
     * (null when absent); $resetSeconds is seconds until the window (or a block) ends.
     */
    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void;
}
