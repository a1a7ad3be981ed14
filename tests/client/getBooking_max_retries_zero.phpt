--TEST--
Client: max_retries 0 turns retries off (a 503 on a GET is returned after one request)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 3, 'type' => 'status', 'status' => 503]]]);
$c = cbt_client($emu, ['max_retries' => 0]);
$r = $c->getBooking('abc');
var_dump($r->status(), cbt_requests($emu), $c->stats()['retries']);
?>
--EXPECT--
int(503)
int(1)
int(0)
