--TEST--
Client::getBooking(): a 429 is waited out using X-RateLimit-Reset-* (seconds), then retried
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 2, 'window_s' => 1, 'block_s' => 1]]);
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log)]);
$c->getBooking('a1');
$c->getBooking('a2');
$t = microtime(true);
$r = $c->getBooking('a3'); // 429 (blocked for 1 s), waited, retried
$waited = microtime(true) - $t;
var_dump($r->status(), $waited >= 0.9);
$statuses = array_column($emu->stats()['requests'], 'status');
echo implode(' ', $statuses), "\n";
foreach ($log as [$level, $msg, $ctx]) if (str_contains($msg, 'retrying')) echo "$level $msg {$ctx['reason']}\n";
?>
--EXPECT--
int(404)
bool(true)
404 404 429 404
info calbook: retrying GET /v2/bookings/{uid} after HTTP 429 (attempt 2 of 3) rate limited
