--TEST--
fault wrong_content_type: Content-Type text/html (optionally with another body)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [
    ['match' => 'GET /v2/me', 'type' => 'wrong_content_type'],
    ['match' => 'GET /v2/me', 'type' => 'wrong_content_type', 'body' => '<html>502 Bad Gateway</html>'],
]]);
$r = $emu->request('GET', '/me', $emu->headers('none'));
var_dump($r['status'], $r['headers']['content-type'], $r['json']['data']['id']);
$r = $emu->request('GET', '/me', $emu->headers('none'));
var_dump($r['headers']['content-type'], $r['body']);
$r = $emu->request('GET', '/me', $emu->headers('none'));
var_dump($r['headers']['content-type']);
?>
--EXPECT--
int(200)
string(24) "text/html; charset=utf-8"
int(101)
string(24) "text/html; charset=utf-8"
string(28) "<html>502 Bad Gateway</html>"
string(31) "application/json; charset=utf-8"
