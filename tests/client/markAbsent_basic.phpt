--TEST--
Client::markAbsent(): POST /v2/bookings/{uid}/mark-absent with host and attendees; malformed data refused before sending
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$r = $c->markAbsent($uid, ['host' => false, 'attendees' => [['email' => 'erika@example.org', 'absent' => true]]]);
var_dump($r->status(), $r->json('data.attendees.0.absent'));
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', str_replace($uid, '{uid}', $last['path']), ' ', $last['version'], "\n";
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->markAbsent($uid, [])), "\n";
echo cbt_catch(fn() => $c->markAbsent($uid, ['host' => 'yes'])), "\n";
echo cbt_catch(fn() => $c->markAbsent($uid, ['attendees' => [['email' => 'x']]])), "\n";
echo cbt_catch(fn() => $c->markAbsent($uid, ['guest' => true])), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
int(200)
bool(true)
POST /v2/bookings/{uid}/mark-absent 2024-08-13
Calbook\InvalidArgumentException: Calbook\Client::markAbsent(): give host and/or attendees
Calbook\InvalidArgumentException: Calbook\Client::markAbsent(): host must be a bool
Calbook\InvalidArgumentException: Calbook\Client::markAbsent(): attendees must be a list of ['email' => ..., 'absent' => bool]
Calbook\InvalidArgumentException: Calbook\Client::markAbsent(): unknown field "guest" in the absence data
bool(true)
