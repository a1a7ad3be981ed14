--TEST--
Fault matrix: a body over max_response_bytes is aborted with InvalidResponseException, not retried
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'huge_body', 'bytes' => 4 * 1024 * 1024, 'count' => 5]]]);
$c = rel_client($emu->baseUrl, ['max_response_bytes' => 1024 * 1024]);
$e = rel_outcome(fn () => $c->getBooking('abc123'), $c, $emu);
echo $e->getMessage(), "\n";
?>
--EXPECT--
Calbook\InvalidResponseException attempts=1 seen=1 bookings=0
Calbook\Client::getBooking(): GET /v2/bookings/{uid}: the response is larger than max_response_bytes (1048576)
