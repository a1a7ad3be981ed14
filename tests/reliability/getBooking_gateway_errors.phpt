--TEST--
Fault matrix: 502, 503 and 504 are retried for a GET, up to max_retries
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
foreach ([502, 503, 504] as $status) {
	$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => $status, 'count' => 3]]]);
	rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
	$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => $status, 'count' => 1]]]);
	rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
}
?>
--EXPECT--
Response 502 attempts=3 seen=3 bookings=1
Response 200 attempts=2 seen=2 bookings=1
Response 503 attempts=3 seen=3 bookings=1
Response 200 attempts=2 seen=2 bookings=1
Response 504 attempts=3 seen=3 bookings=1
Response 200 attempts=2 seen=2 bookings=1
