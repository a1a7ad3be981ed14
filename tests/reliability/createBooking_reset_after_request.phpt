--TEST--
Fault matrix: the connection closes after the create was applied: not resent, reported as possibly reached
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'close_before_response', 'apply' => true]]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
?>
--EXPECT--
Calbook\TransportException curl=52 reached=true attempts=1 seen=1 bookings=1
