--TEST--
Client::createBooking(): when the follow-up GET fails, the create Response is returned (the booking is never hidden) and a warning is logged
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 5, 'type' => 'status', 'status' => 500]]]);
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log), 'max_retries' => 0]);
$r = $c->createBooking(cbt_flat());
var_dump($r->status(), $r->json('data.uid') !== null, $r->json('data.hosts'));
var_dump($emu->stats()['bookings_created']);
foreach ($log as [$level, $msg]) echo "$level $msg\n";

// A transport failure of the GET: the same
$emu->reset();
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 3, 'type' => 'close_before_response']]]);
$log = [];
$r = $c->createBooking(cbt_flat(['start' => cbt_start(11)]));
var_dump($r->status(), $emu->stats()['bookings_created']);
echo end($log)[1], "\n";
?>
--EXPECT--
int(201)
bool(true)
NULL
int(1)
info calbook: POST /v2/bookings 201
warning calbook: GET /v2/bookings/{uid} 500
warning calbook: create response without hosts; fetching the booking failed with HTTP 500; returning the create response
int(201)
int(1)
calbook: create response without hosts; fetching the booking failed; returning the create response
