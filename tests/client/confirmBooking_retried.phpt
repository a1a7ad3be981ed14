--TEST--
Client::confirmBooking(), declineBooking(), markAbsent(): POSTs idempotent by nature are retried on 503; cancel is not
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 2]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
foreach (['confirm', 'decline', 'mark-absent', 'cancel'] as $what) {
    $n = cbt_requests($emu);
    $emu->config(['faults' => [['match' => "POST /v2/bookings/$uid/$what", 'count' => 1, 'type' => 'status', 'status' => 503]]]);
    $r = match ($what) {
        'confirm' => $c->confirmBooking($uid),
        'decline' => $c->declineBooking($uid),
        'mark-absent' => $c->markAbsent($uid, ['host' => true]),
        'cancel' => $c->cancelBooking($uid),
    };
    echo $what, ': ', cbt_requests($emu) - $n, ' requests, final ', $r->status(), "\n";
}
?>
--EXPECT--
confirm: 2 requests, final 400
decline: 2 requests, final 400
mark-absent: 2 requests, final 200
cancel: 1 requests, final 503
