--TEST--
Client: a response over max_response_bytes is aborted with InvalidResponseException; the client keeps working; a create says the booking may exist
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_response_bytes' => 4096]);
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 1, 'type' => 'huge_body', 'bytes' => 100000]]]);
echo cbt_catch(fn() => $c->getBooking('abc')), "\n";
var_dump($c->getBooking('abc')->status());
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'huge_body', 'bytes' => 100000]]]);
echo cbt_catch(fn() => $c->createBooking(cbt_flat())), "\n";
$res = (function () use ($c, $emu) {
    $emu->config(['faults' => [['match' => 'GET /v2/bookings/b', 'count' => 1, 'type' => 'huge_body', 'bytes' => 100000]]]);
    return $c->getBookingsByUid(['a1', 'b1']);
})();
echo get_class($res['a1']), ' ', get_class($res['b1']), "\n";
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
Calbook\InvalidResponseException: Calbook\Client::getBooking(): GET /v2/bookings/{uid}: the response is larger than max_response_bytes (4096)
int(404)
Calbook\InvalidResponseException: Calbook\Client::createBooking(): POST /v2/bookings: the response is larger than max_response_bytes (4096); the booking may have been created; check before retrying
Calbook\Response Calbook\InvalidResponseException
int(1)
