--TEST--
Client logger: an exception from the logger propagates after the request finished; the client stays usable
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$throw = true;
$c = cbt_client($emu, ['logger' => function ($level, $msg) use (&$throw) { if ($throw) throw new LogicException("logger broke on: $msg"); }]);
echo cbt_catch(fn() => $c->getBooking('abc')), "\n";
echo cbt_catch(fn() => $c->createBooking(cbt_flat())), "\n";
echo cbt_catch(fn() => $c->getBookingsByUid(['a', 'b', 'c'])), "\n";
var_dump($emu->stats()['bookings_created']);
$throw = false;
var_dump($c->getBooking('abc')->status());
?>
--EXPECT--
LogicException: logger broke on: calbook: GET /v2/bookings/{uid} 404
LogicException: logger broke on: calbook: POST /v2/bookings 201
LogicException: logger broke on: calbook: GET /v2/bookings/{uid} 404
int(1)
int(404)
