--TEST--
Fault matrix: a GET whose kept-alive connection closes without an answer is resent (libcurl's own resend of a bodiless request) and succeeds
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'close_before_response']]]);
$r = rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
var_dump($r->json('data.uid') === $uid);
?>
--EXPECT--
Response 200 attempts=1 seen=2 bookings=1
bool(true)
