--TEST--
fault invalid_utf8: a JSON body with invalid UTF-8 in a string
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/me', 'type' => 'invalid_utf8']]]);
$r = $emu->request('GET', '/me', $emu->headers('none'));
var_dump($r['status'], $r['json'], json_last_error() === JSON_ERROR_UTF8);
var_dump(json_decode($r['body'], true, 512, JSON_INVALID_UTF8_SUBSTITUTE)['data']['id']);
?>
--EXPECT--
int(200)
NULL
bool(true)
int(101)
