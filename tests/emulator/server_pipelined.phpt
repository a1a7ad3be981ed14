--TEST--
server.php: two requests sent in one write on a kept-alive connection are answered in order
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
$auth = "Authorization: Bearer {$emu->apiKey}\r\n";
fwrite($s, "GET /v2/me HTTP/1.1\r\nHost: x\r\n$auth\r\nGET /v2/teams/42 HTTP/1.1\r\nHost: x\r\n{$auth}Connection: close\r\n\r\n");
$all = stream_get_contents($s);
var_dump(substr_count($all, 'HTTP/1.1 200 OK'));
var_dump(strpos($all, '"email":"fabian@salon-demo.test"') < strpos($all, '"slug":"salon-demo"'));
$st = $emu->stats();
var_dump($st['connections'], array_column($st['requests'], 'path'));
?>
--EXPECT--
int(2)
bool(true)
int(1)
array(2) {
  [0]=>
  string(6) "/v2/me"
  [1]=>
  string(12) "/v2/teams/42"
}
