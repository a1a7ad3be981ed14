--TEST--
Client::confirmBooking() and declineBooking(): POST .../confirm and .../decline; a booking that needs no confirmation gives a failed 400 Response mapped to ApiException
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
foreach (['confirm' => fn() => $c->confirmBooking($uid), 'decline' => fn() => $c->declineBooking($uid, 'ausgebucht')] as $what => $f) {
    $r = $f();
    $last = end($emu->stats()['requests']);
    echo $what, ': ', $r->status(), ' ', $last['method'], ' ', str_replace($uid, '{uid}', $last['path']), ' ', $last['version'], "\n";
    try { $r->throw(); } catch (Calbook\ApiException $e) { echo get_class($e), ' ', $e->getStatus(), ' ', $e->getErrorCode(), "\n"; }
}
?>
--EXPECT--
confirm: 400 POST /v2/bookings/{uid}/confirm 2024-08-13
Calbook\ApiException 400 BadRequestException
decline: 400 POST /v2/bookings/{uid}/decline 2024-08-13
Calbook\ApiException 400 BadRequestException
