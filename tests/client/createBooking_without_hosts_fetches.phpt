--TEST--
Client::createBooking(): a legacy create response without hosts is followed by one GET of the booking on the same connection; the returned Response has the host
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log)]);
$r = $c->createBooking(cbt_flat());
var_dump($r->status(), $r->json('data.hosts.0.name'), $r->json('data.attendees.0.email'));
$st = $emu->stats();
var_dump(count($st['requests']), $st['bookings_created'], $st['connections']);
echo $st['requests'][0]['method'], ' ', $st['requests'][0]['path'], "\n";
echo $st['requests'][1]['method'], ' ', $st['requests'][1]['path'] === '/v2/bookings/' . $r->json('data.uid') ? 'GET of the created uid' : 'other', "\n";
foreach ($log as [$level, $msg]) echo "$level $msg\n";
?>
--EXPECT--
int(200)
string(14) "Fabian Spitzer"
string(17) "erika@example.org"
int(2)
int(1)
int(1)
POST /v2/bookings
GET GET of the created uid
info calbook: POST /v2/bookings 201
info calbook: GET /v2/bookings/{uid} 200
info calbook: create response without hosts; fetched the booking
