--TEST--
POST /v2/bookings/{uid}/cancel: 200 with status cancelled and the reason; cancelling twice is a 400; the slot is free again
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$b = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 503,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
$r = $emu->request('POST', "/bookings/{$b['uid']}/cancel", $h, ['cancellationReason' => 'Kunde krank']);
var_dump($r['status'], $r['json']['data']['status'], $r['json']['data']['cancellationReason'], $r['json']['data']['cancelledByEmail']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/cancel", $h, []);
var_dump($r['status'], $r['json']['error']['message']);
$r = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 503,
    'attendee' => ['name' => 'Eva', 'email' => 'eva@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status']);
$r = $emu->request('POST', '/bookings/doesnotexist/cancel', $h, []);
var_dump($r['status']);
?>
--EXPECT--
int(200)
string(9) "cancelled"
string(11) "Kunde krank"
string(22) "fabian@salon-demo.test"
int(400)
string(40) "This booking has already been cancelled."
int(201)
int(404)
