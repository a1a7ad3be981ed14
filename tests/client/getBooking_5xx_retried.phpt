--TEST--
Client::getBooking(): 502/503/504 on a GET are retried with backoff, then the success is returned
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$log = [];
$c = cbt_client($emu, ['max_retries' => 3, 'logger' => cbt_logger($log)]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$n = cbt_requests($emu);
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 2, 'type' => 'status', 'status' => 503]]]);
$log = [];
$r = $c->getBooking($uid);
var_dump($r->status(), cbt_requests($emu) - $n, $c->stats()['retries']);
foreach ($log as [$level, $msg, $ctx]) echo "$level $msg", isset($ctx['attempt']) ? " attempt={$ctx['attempt']}" : '', "\n";
?>
--EXPECT--
int(200)
int(3)
int(2)
warning calbook: GET /v2/bookings/{uid} 503 attempt=1
info calbook: retrying GET /v2/bookings/{uid} after a server error (attempt 2 of 4) attempt=1
warning calbook: GET /v2/bookings/{uid} 503 attempt=2
info calbook: retrying GET /v2/bookings/{uid} after a server error (attempt 3 of 4) attempt=2
info calbook: GET /v2/bookings/{uid} 200 attempt=3
