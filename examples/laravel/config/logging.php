<?php

return [
    'default' => env('LOG_CHANNEL', 'single'),
    'channels' => [
        'single' => [
            'driver' => 'single',
            'path' => storage_path('logs/laravel.log'),
            'level' => env('LOG_LEVEL', 'debug'),
        ],
        // Handed to Calbook\Client: calbook logs method, path, status, timing and request id,
        // never the API key or the booking's personal data.
        'calcom' => [
            'driver' => 'single',
            'path' => storage_path('logs/calcom.log'),
            'level' => env('CALCOM_LOG_LEVEL', 'info'),
        ],
        'null' => [
            'driver' => 'monolog',
            'handler' => Monolog\Handler\NullHandler::class,
        ],
    ],
];
