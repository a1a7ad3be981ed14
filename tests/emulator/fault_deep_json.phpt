--TEST--
fault deep_json: a body nested deeper than a JSON decoder's default limit
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/bookings', 'type' => 'deep_json', 'depth' => 5000]]]);
$r = $emu->request('GET', '/bookings', $emu->headers('bookings'));
var_dump($r['status'], $r['json'], json_last_error() === JSON_ERROR_DEPTH, substr($r['body'], 0, 30));
var_dump(substr_count($r['body'], '[') === 5000 && str_ends_with($r['body'], str_repeat(']', 5000) . '}'));
?>
--EXPECT--
int(200)
NULL
bool(true)
string(30) "{"status":"success","data":[[["
bool(true)
