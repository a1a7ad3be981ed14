--TEST--
Fault matrix: an HTML page with status 200 (wrong content type) is not taken for JSON
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'wrong_content_type', 'body' => '<html><body>Bad gateway</body></html>']]]);
$r = rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
var_dump($r->header('content-type'), $r->json());
try { $r->throw(); } catch (Calbook\Exception $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
Response 200 attempts=1 seen=1 bookings=1
string(24) "text/html; charset=utf-8"
NULL
Calbook\InvalidResponseException
