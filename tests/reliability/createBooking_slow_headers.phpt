--TEST--
Fault matrix: createBooking whose answer is slower than timeout_ms is not resent; the booking made is not hidden
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'slow_headers', 'delay_ms' => 3000]]]);
$c = rel_client($emu->baseUrl, ['timeout_ms' => 400]);
rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
?>
--EXPECT--
Calbook\TransportException curl=28 reached=true attempts=1 seen=1 bookings=1
