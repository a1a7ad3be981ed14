--TEST--
Client::createBooking(): when the create response has hosts, exactly one request is made and the log says so
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log)]);
$r = $c->createBooking(cbt_flat());
var_dump($r->status(), $r->json('data.hosts.0.name'));
$st = $emu->stats();
var_dump(count($st['requests']), $st['bookings_created']);
foreach ($log as [$level, $msg]) echo "$level $msg\n";
?>
--EXPECT--
int(201)
string(14) "Fabian Spitzer"
int(1)
int(1)
info calbook: POST /v2/bookings 201
info calbook: create response has hosts
