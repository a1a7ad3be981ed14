--TEST--
POST /v2/bookings with a start in the past: 400, nothing booked
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2020-09-07T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], $r['json']['status'], $r['json']['error']['code'], $r['json']['error']['message']);
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(400)
string(5) "error"
string(19) "BadRequestException"
string(41) "Attempting to book a meeting in the past."
int(0)
