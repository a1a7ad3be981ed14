--TEST--
Fault matrix: a 200 whose body is not JSON: json() is null, throw() gives InvalidResponseException
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'invalid_json']]]);
$r = rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
var_dump($r->json());
try { $r->throw(); } catch (Calbook\Exception $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
Response 200 attempts=1 seen=1 bookings=1
NULL
Calbook\InvalidResponseException
