<?php
/* Loads the emulator application (no autoloader needed). */

declare(strict_types=1);

require_once __DIR__ . '/Http.php';
require_once __DIR__ . '/Seed.php';
require_once __DIR__ . '/Store.php';
require_once __DIR__ . '/BookingsApi.php';
require_once __DIR__ . '/SlotsApi.php';
require_once __DIR__ . '/EventTypesApi.php';
require_once __DIR__ . '/OtherApi.php';
require_once __DIR__ . '/WebhookDelivery.php';
require_once __DIR__ . '/App.php';
