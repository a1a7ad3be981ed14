--TEST--
HTTP/2: the rate-limit headers arrive lower-case through nginx and are still read: a 429 is waited out (X-RateLimit-Reset-Default) and retried
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 2, 'window_s' => 1, 'block_s' => 1]]);
$front = calbook_front_start($emu);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile, 'persistent' => false]);
$c->getBooking('a1');
$c->getBooking('a2');
$t = microtime(true);
$r = $c->getBooking('a3'); // 429 (blocked for 1 s), waited, retried
var_dump($r->status(), microtime(true) - $t >= 0.9, $r->header('X-RateLimit-Limit-Default'));
echo implode(' ', array_column($emu->stats()['requests'], 'status')), "\n";
$log = $front->log(4);
echo implode(' ', array_column($log, 'protocol')), "\n";
?>
--EXPECT--
int(404)
bool(true)
string(1) "2"
404 404 429 404
HTTP/2.0 HTTP/2.0 HTTP/2.0 HTTP/2.0
