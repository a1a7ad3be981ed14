--TEST--
Fault matrix: a 429 with X-RateLimit-Reset is waited out and the GET retried
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 1, 'window_s' => 1, 'block_s' => 1]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->getBooking('abc123'), $c, $emu);
rel_outcome(fn () => $c->getBooking('abc123'), $c, $emu);
echo implode(',', array_column($emu->stats()['requests'], 'status')), "\n";
?>
--EXPECT--
Response 404 attempts=1 seen=1 bookings=0
Response 404 attempts=2 seen=2 bookings=0
404,429,404
