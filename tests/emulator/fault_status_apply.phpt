--TEST--
fault status with apply: the booking is made, and the answer is the error anyway
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings$', 'type' => 'status', 'status' => 500, 'shape' => 'raw500', 'apply' => true]]]);
$h = $emu->headers('bookings');
$r = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], $r['body']);
var_dump($emu->stats()['bookings_created']);
var_dump($emu->request('GET', '/bookings?attendeeEmail=max@example.com', $h)['json']['pagination']['totalItems']);
?>
--EXPECT--
int(500)
string(52) "{"statusCode":500,"message":"Internal server error"}"
int(1)
int(1)
