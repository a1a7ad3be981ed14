--TEST--
Fault matrix: headers slower than timeout_ms give a timeout that may have reached the server
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'slow_headers', 'delay_ms' => 3000, 'count' => 5]]]);
$c = rel_client($emu->baseUrl, ['timeout_ms' => 400, 'max_retries' => 1]);
rel_outcome(fn () => $c->getBooking('abc123'), $c);
?>
--EXPECT--
Calbook\TransportException curl=28 reached=true attempts=1
