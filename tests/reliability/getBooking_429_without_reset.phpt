--TEST--
Fault matrix: a 429 without reset headers
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 429]]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->getBooking('abc123'), $c, $emu);
echo implode(',', array_column($emu->stats()['requests'], 'status')), "\n";
?>
--EXPECT--
Response 404 attempts=2 seen=2 bookings=0
429,404
