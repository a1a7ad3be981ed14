--TEST--
fault latency: a delayed answer does not hold up other connections
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'GET /v2/me', 'type' => 'latency', 'delay_ms' => 4000]]]);
$slow = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
fwrite($slow, "GET /v2/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {$emu->apiKey}\r\nConnection: close\r\n\r\n");
// Wait until the server has taken the slow request (it is in the log), then ask on another connection.
do {
    $s = $emu->stats();
} while (count($s['requests']) < 1);
$fast = $emu->request('GET', '/teams/42', $emu->headers('none'));
var_dump($fast['status']);
$r = [$slow]; $w = $e = null;
var_dump(stream_select($r, $w, $e, 0, 0));          // the slow answer is not there yet
$answer = stream_get_contents($slow);
var_dump(str_starts_with($answer, 'HTTP/1.1 200 OK'));
?>
--EXPECT--
int(200)
int(0)
bool(true)
