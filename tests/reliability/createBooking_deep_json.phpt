--TEST--
Fault matrix: a create answered with JSON nested 10,000 deep: no crash, no second create
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'deep_json', 'depth' => 10000]]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
?>
--EXPECT--
Response 201 attempts=1 seen=1 bookings=1
