<?php

return [
    // Cal.com: where the API is and how long a phone caller may wait for it. Each company's key,
    // team and webhook secret are in its row of the companies table (encrypted with APP_KEY).
    'calcom' => [
        'base_url' => env('CALCOM_BASE_URL', 'https://api.cal.com/v2'),
        'timeout_ms' => (int) env('CALCOM_TIMEOUT_MS', 8000),
    ],
];
