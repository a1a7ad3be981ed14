--TEST--
HTTP/2: when nginx ends a connection after 10 requests (GOAWAY, keepalive_requests 10), getBookingsByUid() of 40 at concurrency 16 goes on over new HTTP/2 connections (at most `concurrency` of them): every result correct, no booking fetched twice as a failure
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu, ['keepalive_requests' => 10]);
$uids = h2t_seed($emu, 40);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile]);
$res = $c->getBookingsByUid($uids, 16);
echo h2t_check($uids, $res), "\n";
$log = $front->log(40);
$conns = CalbookFront::connections($log);
echo 'protocols: ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";
echo 'statuses: ', implode(',', array_unique(array_column($log, 'status'))), "\n";
echo 'at most 10 requests a connection: ', var_export(max(array_column($log, 'requests')) <= 10, true), "\n";
echo 'connections from 4 to 16: ', var_export($conns >= 4 && $conns <= 16, true), "\n";
echo 'the client counted the same: ', var_export($c->stats()['connections_opened'] === $conns, true), "\n";
?>
--EXPECT--
all 40 correct
protocols: HTTP/2.0
statuses: 200
at most 10 requests a connection: true
connections from 4 to 16: true
the client counted the same: true
