--TEST--
fault huge_body: a valid JSON body of the requested size
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/bookings', 'type' => 'huge_body', 'bytes' => 3000000]]]);
$r = $emu->request('GET', '/bookings', $emu->headers('bookings'));
var_dump($r['status'], strlen($r['body']), (int) $r['headers']['content-length'], $r['json']['status'], strlen($r['json']['data']['padding']) > 2900000);
?>
--EXPECT--
int(200)
int(3000000)
int(3000000)
string(7) "success"
bool(true)
