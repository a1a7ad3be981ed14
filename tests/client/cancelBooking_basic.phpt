--TEST--
Client::cancelBooking(): POST /v2/bookings/{uid}/cancel with the reason; an unknown uid is a failed 404 Response
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$r = $c->cancelBooking($uid, 'Kunde hat abgesagt');
var_dump($r->status(), $r->json('data.status'), $r->json('data.cancellationReason'));
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'] === "/v2/bookings/$uid/cancel" ? 'ok' : $last['path'], ' ', $last['version'], "\n";
var_dump($c->cancelBooking('unknownUid1')->status());
?>
--EXPECT--
int(200)
string(9) "cancelled"
string(18) "Kunde hat abgesagt"
POST ok 2024-08-13
int(404)
