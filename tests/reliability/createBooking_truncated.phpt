--TEST--
Fault matrix: createBooking whose answer is cut short is not resent and may have reached the server
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'truncate']]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
?>
--EXPECT--
Calbook\TransportException curl=18 reached=true attempts=1 seen=1 bookings=1
