--TEST--
Client::rescheduleBooking(): POST /v2/bookings/{uid}/reschedule returns the new booking; start is validated before sending
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$r = $c->rescheduleBooking($uid, ['start' => cbt_start(13), 'reschedulingReason' => 'später']);
var_dump($r->status(), $r->json('data.start'), $r->json('data.rescheduledFromUid') === $uid, $r->json('data.uid') !== $uid);
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'] === "/v2/bookings/$uid/reschedule" ? 'ok' : $last['path'], ' ', $last['version'], "\n";
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->rescheduleBooking($uid, [])), "\n";
echo cbt_catch(fn() => $c->rescheduleBooking($uid, ['start' => '2030-01-07 13:00'])), "\n";
echo cbt_catch(fn() => $c->rescheduleBooking($uid, ['start' => cbt_start(14), 'end' => cbt_start(15)])), "\n";
echo cbt_catch(fn() => $c->rescheduleBooking($uid, ['start' => cbt_start(14), 'rescheduledBy' => 'nobody'])), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
int(201)
string(24) "2030-01-07T13:00:00.000Z"
bool(true)
bool(true)
POST ok 2024-08-13
Calbook\InvalidArgumentException: Calbook\Client::rescheduleBooking(): start is required (a UTC ISO 8601 time such as 2030-01-08T13:00:00Z)
Calbook\InvalidArgumentException: Calbook\Client::rescheduleBooking(): start must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
Calbook\InvalidArgumentException: Calbook\Client::rescheduleBooking(): unknown field "end" in the reschedule data
Calbook\InvalidArgumentException: Calbook\Client::rescheduleBooking(): rescheduledBy must be an e-mail address
bool(true)
