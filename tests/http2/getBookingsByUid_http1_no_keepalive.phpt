--TEST--
HTTP/2 fallback without keep-alive: an HTTP/1.1-only TLS server that closes every connection after its answer still gets the batch in parallel (waiting for each new connection's protocol never serializes the transfers): every result correct, one connection per request, up to `concurrency` at once
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu, ['keepalive_timeout_s' => 0]);
$uids = h2t_seed($emu, 24);
$emu->config(['latency_ms' => 200]); // each answer 200 ms after its request: overlaps are wide
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h1Url, 'ca_file' => $front->caFile, 'persistent' => false]);
$res = $c->getBookingsByUid($uids, 8);
echo h2t_check($uids, $res), "\n";
$log = $front->log(24);
echo count($log), ' requests on ', CalbookFront::connections($log), ' connections, ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";
$most = CalbookFront::mostAtOnce($log);
echo 'several at once: ', var_export($most >= 4, true), ', never more than the concurrency: ', var_export($most <= 8, true), "\n";
?>
--EXPECT--
all 24 correct
24 requests on 24 connections, HTTP/1.1
several at once: true, never more than the concurrency: true
