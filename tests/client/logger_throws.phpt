--TEST--
Client logger: an exception from the logger never changes the call's outcome (a created booking is returned, not hidden); it is counted in stats()
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$throw = true;
$calls = 0;
$c = cbt_client($emu, ['logger' => function ($level, $msg) use (&$throw, &$calls) { $calls++; if ($throw) throw new LogicException("logger broke on: $msg"); }]);
var_dump($c->getBooking('abc')->status());
$created = $c->createBooking(cbt_flat());
var_dump($created->status(), $created->json('data.hosts.0.id') !== null);
$many = $c->getBookingsByUid(['a', 'b', 'c']);
var_dump(array_map(fn ($r) => $r->status(), $many));
var_dump($emu->stats()['bookings_created']);
var_dump($c->stats()['logger_errors'] === $calls, $calls > 5);
$throw = false;
var_dump($c->getBooking('abc')->status(), $c->stats()['logger_errors'] === $calls - 1);
?>
--EXPECT--
int(404)
int(201)
bool(true)
array(3) {
  ["a"]=>
  int(404)
  ["b"]=>
  int(404)
  ["c"]=>
  int(404)
}
int(1)
bool(true)
bool(true)
int(404)
bool(true)
