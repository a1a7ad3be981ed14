--TEST--
Anything else is a 404 "Cannot METHOD /v2/..." envelope
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
foreach ([['GET', '/v2/nothing'], ['DELETE', '/v2/bookings'], ['PUT', '/v2/bookings/abc'], ['GET', '/v2/bookings/abc/cancel']] as [$m, $p]) {
    $r = $emu->request($m, $p, $emu->headers('bookings'));
    echo $r['status'], ' ', $r['json']['error']['code'], ' ', $r['json']['error']['message'], "\n";
}
?>
--EXPECT--
404 NotFoundException Cannot GET /v2/nothing
404 NotFoundException Cannot DELETE /v2/bookings
404 NotFoundException Cannot PUT /v2/bookings/abc
404 NotFoundException Cannot GET /v2/bookings/abc/cancel
