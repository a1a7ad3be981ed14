--TEST--
Client::createBooking(): a metadata key that starts with or contains NUL is refused with InvalidArgumentException before any request
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
foreach (["\0secret", "a\0b", "\0"] as $key) {
    echo cbt_catch(fn() => $c->createBooking(cbt_flat(['metadata' => [$key => 'v', 'ok' => 'x']]))), "\n";
}
var_dump(cbt_requests($emu), $emu->stats()['bookings_created']);
// A plain key still goes through, with its value.
$r = $c->createBooking(cbt_flat(['start' => cbt_start(10), 'metadata' => ['callId' => 'c-1']]))->throw();
var_dump($r->json('data.metadata.callId'));
?>
--EXPECT--
Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata keys must not contain NUL bytes
Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata keys must not contain NUL bytes
Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata keys must not contain NUL bytes
int(0)
int(0)
string(3) "c-1"
