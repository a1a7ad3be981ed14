--TEST--
Client::getBooking(): GET /v2/bookings/{uid} returns a successful Response with the booking and its host
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$r = $c->getBooking($uid);
var_dump($r instanceof Calbook\Response, $r->status(), $r->json('data.uid') === $uid);
var_dump($r->json('data.hosts.0.email') !== null, $r->header('content-type'));
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'] === "/v2/bookings/$uid" ? 'path ok' : $last['path'], ' ', $last['version'], "\n";
?>
--EXPECTF--
bool(true)
int(200)
bool(true)
bool(true)
string(%d) "application/json%A"
GET path ok 2024-08-13
