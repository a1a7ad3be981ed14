--TEST--
Fault matrix: JSON nested 10,000 deep neither crashes nor decodes; throw() reports it
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'deep_json', 'depth' => 10000]]]);
$r = rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
var_dump(strlen($r->body()), $r->json());
try { $r->throw(); } catch (Calbook\Exception $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
Response 200 attempts=1 seen=1 bookings=1
int(20028)
NULL
Calbook\InvalidResponseException
