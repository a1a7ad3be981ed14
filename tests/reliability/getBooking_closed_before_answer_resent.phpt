--TEST--
Fault matrix: a GET whose connection closes before any byte of an answer (curl 52/56) is resent once on a new connection; a second such close, a create, or max_retries 0 is not resent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$uid = rel_client($emu->baseUrl)->createBooking(rel_booking(0))->throw()->json('data.uid');
// Each case on a new client, so its first request opens a new connection (on a kept-alive one
// libcurl resends by itself).
$log = [];
$fresh = function (array $o = []) use ($emu, &$log) {
    return rel_client($emu->baseUrl, $o + ['persistent' => false,
        'logger' => function ($l, $m, $ctx) use (&$log) { $log[] = $m; }]);
};
$c = $fresh();

$emu->config(['faults' => [['match' => 'GET /v2/bookings/' . $uid . '$', 'count' => 1, 'type' => 'close_before_response']]]);
rel_outcome(fn() => $c->getBooking($uid), $c, $emu);
echo end($log), "\n";
echo prev($log), "\n";

$emu->config(['faults' => [['match' => 'GET /v2/bookings/' . $uid . '$', 'count' => 2, 'type' => 'close_before_response']]]);
$c = $fresh();
rel_outcome(fn() => $c->getBooking($uid), $c, $emu);

$emu->config(['faults' => [['match' => 'GET /v2/bookings/' . $uid . '$', 'count' => 1, 'type' => 'close_before_response']]]);
$c = $fresh();
$res = $c->getBookingsByUid([$uid]);
echo 'many: ', get_debug_type($res[$uid]), ' ', $res[$uid]->status(), "\n";

$c0 = $fresh(['max_retries' => 0]);
$emu->config(['faults' => [['match' => 'GET /v2/bookings/' . $uid . '$', 'count' => 1, 'type' => 'close_before_response']]]);
rel_outcome(fn() => $c0->getBooking($uid), $c0, $emu);

$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'close_before_response']]]);
$c = $fresh();
rel_outcome(fn() => $c->createBooking(rel_booking(1)), $c, $emu);
?>
--EXPECT--
Response 200 attempts=2 seen=2 bookings=1
calbook: GET /v2/bookings/{uid} 200
calbook: retrying GET /v2/bookings/{uid} after a connection that closed before any answer (attempt 2 of 4)
Calbook\TransportException curl=52 reached=true attempts=2 seen=2 bookings=1
many: Calbook\Response 200
Calbook\TransportException curl=52 reached=true attempts=1 seen=1 bookings=1
Calbook\TransportException curl=52 reached=true attempts=1 seen=1 bookings=1
