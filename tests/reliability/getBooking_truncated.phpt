--TEST--
Fault matrix: a GET whose answer is cut short fails as possibly reached; the next call works on a new connection
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'truncate']]]);
rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
$r = rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
var_dump($r->json('data.uid') === $uid, $c->stats()['connections_opened']);
?>
--EXPECT--
Calbook\TransportException curl=18 reached=true attempts=1 seen=1 bookings=1
Response 200 attempts=1 seen=1 bookings=1
bool(true)
int(2)
