--TEST--
Client::reassignBooking(): POST .../reassign (round robin) and .../reassign/{userId} with a reason; bad user ids refused
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$r = $c->reassignBooking($uid);
var_dump($r->status(), $r->json('data.bookingUid') === $uid, is_int($r->json('data.reassignedTo.id')));
$r = $c->reassignBooking($uid, 102, 'krank');
var_dump($r->status(), $r->json('data.reassignedTo.id'));
$paths = array_map(fn($q) => $q['method'] . ' ' . str_replace($uid, '{uid}', $q['path']) . ' ' . $q['version'], array_slice($emu->stats()['requests'], -2));
echo implode("\n", $paths), "\n";
echo cbt_catch(fn() => $c->reassignBooking($uid, 0)), "\n";
echo cbt_catch(fn() => $c->reassignBooking($uid, null, 'why')), "\n";
?>
--EXPECT--
int(200)
bool(true)
bool(true)
int(200)
int(102)
POST /v2/bookings/{uid}/reassign 2024-08-13
POST /v2/bookings/{uid}/reassign/102 2024-08-13
Calbook\InvalidArgumentException: Calbook\Client::reassignBooking(): userId must be a positive integer
Calbook\InvalidArgumentException: Calbook\Client::reassignBooking(): a reason needs a userId (Cal.com takes a reason only when reassigning to a given user)
