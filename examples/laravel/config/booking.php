<?php

return [
    // The company the phone agent and the webhook book for when a request does not name one.
    'default_company_id' => (int) env('BOOKING_DEFAULT_COMPANY_ID', 1),
    'timezone' => env('BOOKING_TIMEZONE', 'Europe/Berlin'),
    // Callers' national numbers (0170 ...) become +49 170 ...
    'country_prefix' => env('BOOKING_COUNTRY_PREFIX', '+49'),
    'staff_matching' => [
        'auto_threshold' => (int) env('BOOKING_AUTO_THRESHOLD', 75),
    ],
    // Services the agent may name, mapped to Cal.com event types.
    'services' => [
        'herrenhaarschnitt' => ['event_type_id' => 501, 'name' => 'Herrenhaarschnitt', 'minutes' => 30],
        'damenhaarschnitt' => ['event_type_id' => 502, 'name' => 'Damenhaarschnitt', 'minutes' => 60],
    ],
];
