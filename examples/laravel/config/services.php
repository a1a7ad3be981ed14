<?php

return [
    'calcom' => [
        'api_key' => env('CALCOM_API_KEY'),
        'base_url' => env('CALCOM_BASE_URL', 'https://api.cal.com/v2'),
        'team_id' => (int) env('CALCOM_TEAM_ID', 0) ?: null,
        'webhook_secret' => env('CALCOM_WEBHOOK_SECRET'),
        // The phone agent waits on the line: keep Cal.com calls well inside its tool budget.
        'timeout_ms' => (int) env('CALCOM_TIMEOUT_MS', 8000),
        'connect_timeout_ms' => (int) env('CALCOM_CONNECT_TIMEOUT_MS', 2000),
        'max_retries' => (int) env('CALCOM_MAX_RETRIES', 2),
    ],
];
