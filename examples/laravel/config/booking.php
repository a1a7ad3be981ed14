<?php

return [
    // The salon's time zone when a company has none: dates callers say are read in it.
    'timezone' => env('BOOKING_TIMEZONE', 'Europe/Berlin'),
    // Callers' national numbers (0170 ...) become +49 170 ...
    'country_prefix' => env('BOOKING_COUNTRY_PREFIX', '+49'),

    'phone_agent' => [
        // Retell signs each custom-function request: HMAC-SHA256 of the raw body with the
        // agent's API key, lower-case hex, in this header. Without a key every request is refused.
        'signing_key' => env('RETELL_API_KEY'),
        'signature_header' => env('RETELL_SIGNATURE_HEADER', 'X-Retell-Signature'),
        // Requests per minute per called number and per client address (Laravel's RateLimiter).
        'rate_limit_per_minute' => (int) env('PHONE_AGENT_RATE_LIMIT', 60),
        // A duplicate delivery of a call still being worked on waits this long for its answer.
        'duplicate_wait_ms' => (int) env('PHONE_AGENT_DUPLICATE_WAIT_MS', 8000),
        // A call left in progress longer than this is taken over (its process died).
        'stale_after_s' => (int) env('PHONE_AGENT_STALE_AFTER', 120),
    ],

    'admin' => [
        'per_page' => (int) env('ADMIN_PER_PAGE', 25),
    ],
];
