--TEST--
latency_ms: added before every Cal.com response, not before control requests
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['latency_ms' => 3000]);
$s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
fwrite($s, "GET /v2/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {$emu->apiKey}\r\nConnection: close\r\n\r\n");
do {
    $st = $emu->stats();                      // answered at once
} while (count($st['requests']) < 1);
$r = [$s]; $w = $e = null;
var_dump(stream_select($r, $w, $e, 0, 0));
var_dump(str_starts_with(stream_get_contents($s), 'HTTP/1.1 200 OK'));
var_dump($emu->config(['latency_ms' => 0])['latency_ms']);
?>
--EXPECT--
int(0)
bool(true)
int(0)
