--TEST--
Client: a 2xx answer whose body is not JSON is a successful Response with json() null; throw() raises InvalidResponseException
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 1, 'type' => 'invalid_json']]]);
$r = $c->getBooking($uid);
var_dump($r->status(), $r->json());
echo cbt_catch(fn() => $r->throw()), "\n";
?>
--EXPECTF--
int(200)
NULL
Calbook\InvalidResponseException: Cal.com answered HTTP 200 with a body that is not valid JSON (%d bytes)
