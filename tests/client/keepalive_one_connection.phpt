--TEST--
Client: one kept-alive connection is reused across many calls (the emulator counts one connection; stats() agrees)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['persistent' => false]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
for ($i = 0; $i < 25; $i++) {
    $c->getBooking($uid);
}
$c->getAvailableSlots(['eventTypeId' => 501, 'start' => '2030-01-07', 'end' => '2030-01-07']);
$c->getBookings();
$st = $c->stats();
var_dump($emu->stats()['connections'], $st['requests'], $st['connections_opened'], $st['connections_reused'], $st['retries']);
var_dump($st['bytes_sent'] > 28 * 100, $st['bytes_received'] > 25 * 500);
?>
--EXPECT--
int(1)
int(28)
int(1)
int(27)
int(0)
bool(true)
bool(true)
