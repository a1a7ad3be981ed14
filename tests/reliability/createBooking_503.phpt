--TEST--
Fault matrix: createBooking answered 502/503/504 is returned, never resent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
foreach ([502, 503, 504] as $status) {
	$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'status', 'status' => $status]]]);
	rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
}
?>
--EXPECT--
Response 502 attempts=1 seen=1 bookings=0
Response 503 attempts=1 seen=1 bookings=0
Response 504 attempts=1 seen=1 bookings=0
