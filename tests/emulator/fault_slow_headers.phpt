--TEST--
fault slow_headers: nothing, not even the status line, is sent before the delay
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/me', 'type' => 'slow_headers', 'delay_ms' => 3000]]]);
$s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
fwrite($s, "GET /v2/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {$emu->apiKey}\r\nConnection: close\r\n\r\n");
do {
    $st = $emu->stats();
} while (count($st['requests']) < 1);
var_dump($st['requests'][0]['fault']);
$r = [$s]; $w = $e = null;
var_dump(stream_select($r, $w, $e, 0, 0));
var_dump(str_starts_with(stream_get_contents($s), 'HTTP/1.1 200 OK'));
?>
--EXPECT--
string(12) "slow_headers"
int(0)
bool(true)
