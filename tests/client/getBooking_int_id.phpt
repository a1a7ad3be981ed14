--TEST--
Client::getBooking(): an int id goes into the path as its decimal form; zero and negative ids are refused
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$id = $c->createBooking(cbt_flat())->throw()->json('data.id');
$r = $c->getBooking($id);
$last = end($emu->stats()['requests']);
var_dump($last['path'] === "/v2/bookings/$id");
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->getBooking(0)), "\n";
echo cbt_catch(fn() => $c->getBooking(-5)), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
bool(true)
Calbook\InvalidArgumentException: Calbook\Client::getBooking(): the booking id must be a positive integer
Calbook\InvalidArgumentException: Calbook\Client::getBooking(): the booking id must be a positive integer
bool(true)
