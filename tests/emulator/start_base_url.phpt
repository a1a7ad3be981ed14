--TEST--
calbook_emulator_start: a fresh emulator on a random loopback port with the documented properties
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
var_dump(preg_match('#^http://127\.0\.0\.1:(\d+)/v2$#', $emu->baseUrl, $m) === 1, (int) $m[1] === $emu->port, $emu->port > 0);
var_dump($emu->apiKey);
$r = $emu->request('GET', '/me', $emu->headers('none'));
var_dump($r['status'], $r['json']['data']['id'], $r['json']['data']['email']);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(25) "cal_test_calbook_emulator"
int(200)
int(101)
string(22) "fabian@salon-demo.test"
