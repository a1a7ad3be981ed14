--TEST--
fault invalid_json: a 2xx whose body is not JSON; the booking was made
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'invalid_json']]]);
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], $r['json'], json_last_error() !== JSON_ERROR_NONE, strlen($r['body']) > 10);
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(201)
NULL
bool(true)
bool(true)
int(1)
