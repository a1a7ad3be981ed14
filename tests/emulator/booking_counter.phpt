--TEST--
stats()['bookings_created'] counts created bookings only (not refused creates, reads or cancels)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$body = fn (string $start) => ['start' => $start, 'eventTypeId' => 503, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
$uid = $emu->request('POST', '/bookings', $h, $body('2050-09-05T07:00:00Z'))['json']['data']['uid'];
$emu->request('POST', '/bookings', $h, $body('2050-09-05T07:00:00Z'));  // occupied: 400
$emu->request('POST', '/bookings', $h, $body('not a date'));            // invalid: 400
$emu->request('GET', "/bookings/$uid", $h);
$emu->request('POST', "/bookings/$uid/cancel", $h, []);
$emu->request('POST', '/bookings', $h, $body('2050-09-05T08:00:00Z'));
$s = $emu->stats();
var_dump($s['bookings_created'], $s['bookings']);
?>
--EXPECT--
int(2)
int(2)
