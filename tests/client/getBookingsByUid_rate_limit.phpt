--TEST--
Client::getBookingsByUid(): the X-RateLimit-Remaining-* budget pauses new transfers until the reset (no 429 provoked); a 429 that still comes is waited out and retried
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 3, 'window_s' => 1, 'block_s' => 5]]);
$c = cbt_client($emu, ['max_retries' => 3]);
$res = $c->getBookingsByUid(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'], 2);
foreach ($res as $uid => $r) echo $uid, ' ', $r instanceof Calbook\Response ? $r->status() : get_class($r), "\n";
echo 'statuses seen: ', implode(' ', array_unique(array_column($emu->stats()['requests'], 'status'))), "\n";

$emu->reset();
$emu->config(['rate_limit' => ['limit' => 1000, 'window_s' => 2], 'faults' => [['match' => 'GET /v2/bookings/v2', 'count' => 1, 'type' => 'status', 'status' => 429]]]);
$res = $c->getBookingsByUid(['v1', 'v2', 'v3'], 3);
foreach ($res as $uid => $r) echo $uid, ' ', $r->status(), "\n";
echo 'v2 requests: ', count(array_filter($emu->stats()['requests'], fn($q) => $q['path'] === '/v2/bookings/v2')), "\n";
?>
--EXPECT--
u1 404
u2 404
u3 404
u4 404
u5 404
u6 404
u7 404
statuses seen: 404
v1 404
v2 404
v3 404
v2 requests: 2
