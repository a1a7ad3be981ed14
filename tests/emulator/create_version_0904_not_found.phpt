--TEST--
POST /v2/bookings with the slots version 2024-09-04: 404 "Cannot POST", nothing booked
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('POST', '/bookings', ['cal-api-version' => '2024-09-04'], ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], $r['json']['error']['code'], $r['json']['error']['message']);
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(404)
string(17) "NotFoundException"
string(24) "Cannot POST /v2/bookings"
int(0)
