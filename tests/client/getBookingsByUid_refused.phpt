--TEST--
Client::getBookingsByUid(): a bad uid or concurrency outside 1..64 is refused before any request; an empty list gives an empty array
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
echo cbt_catch(fn() => $c->getBookingsByUid(['good1', '../me', 'good2'])), "\n";
echo cbt_catch(fn() => $c->getBookingsByUid(['good1', 42])), "\n";
echo cbt_catch(fn() => $c->getBookingsByUid(['good1'], 0)), "\n";
echo cbt_catch(fn() => $c->getBookingsByUid(['good1'], 65)), "\n";
var_dump($c->getBookingsByUid([]));
var_dump(cbt_requests($emu));
?>
--EXPECT--
Calbook\InvalidArgumentException: Calbook\Client::getBookingsByUid(): every uid must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_' (a malformed uid at position 1)
Calbook\InvalidArgumentException: Calbook\Client::getBookingsByUid(): every uid must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_' (int at position 1)
Calbook\InvalidArgumentException: Calbook\Client::getBookingsByUid(): concurrency must be from 1 to 64, 0 given
Calbook\InvalidArgumentException: Calbook\Client::getBookingsByUid(): concurrency must be from 1 to 64, 65 given
array(0) {
}
int(0)
