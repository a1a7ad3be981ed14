--TEST--
Client api_versions option: per-family overrides of cal-api-version, null sends none
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['api_versions' => ['bookings' => '2026-02-25', 'slots' => null, 'webhooks' => '2024-06-11']]);
$c->getBooking('abc');
$c->getAvailableSlots(['eventTypeId' => 501, 'start' => '2030-01-07', 'end' => '2030-01-07']);
$c->getWebhooks();
$c->getEventTypes();
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', $q['path'], ' ', var_export($q['version'], true), "\n";
?>
--EXPECT--
GET /v2/bookings/abc '2026-02-25'
GET /v2/slots NULL
GET /v2/webhooks '2024-06-11'
GET /v2/event-types '2024-06-14'
