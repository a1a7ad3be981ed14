--TEST--
Fault matrix: a create answered 201 with a body that is not JSON is not resent, and the booking is not hidden
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'invalid_json']]]);
$c = rel_client($emu->baseUrl);
$r = rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
?>
--EXPECT--
Response 201 attempts=1 seen=1 bookings=1
