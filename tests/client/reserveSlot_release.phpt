--TEST--
Client::reserveSlot() and releaseSlot(): POST /v2/slots/reservations (201) and DELETE /v2/slots/reservations/{uid}, slots version; input validated
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$r = $c->reserveSlot(['eventTypeId' => 501, 'slotStart' => cbt_start(14), 'reservationDuration' => 5]);
var_dump($r->status(), $r->json('data.slotStart'));
$res = $r->json('data.reservationUid');
$d = $c->releaseSlot($res);
var_dump($d->status());
foreach (array_slice($emu->stats()['requests'], -2) as $q) echo $q['method'], ' ', str_replace($res, '{uid}', $q['path']), ' ', $q['version'], "\n";
var_dump($c->releaseSlot('noSuchReservation')->status());
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->reserveSlot(['slotStart' => cbt_start(14)])), "\n";
echo cbt_catch(fn() => $c->reserveSlot(['eventTypeId' => 501, 'slotStart' => '2030-01-07T15:00:00+02:00'])), "\n";
echo cbt_catch(fn() => $c->reserveSlot(['eventTypeId' => 501, 'slotStart' => cbt_start(14), 'slotDuration' => 'long'])), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
int(201)
string(24) "2030-01-07T14:00:00.000Z"
int(200)
POST /v2/slots/reservations 2024-09-04
DELETE /v2/slots/reservations/{uid} 2024-09-04
int(404)
Calbook\InvalidArgumentException: Calbook\Client::reserveSlot(): eventTypeId is required (a positive integer)
Calbook\InvalidArgumentException: Calbook\Client::reserveSlot(): slotStart must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
Calbook\InvalidArgumentException: Calbook\Client::reserveSlot(): slotDuration must be a positive integer
bool(true)
