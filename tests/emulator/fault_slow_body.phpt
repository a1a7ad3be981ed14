--TEST--
fault slow_body: the body arrives in chunks with a delay between them, complete in the end
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$normal = $emu->request('GET', '/teams/42/event-types', $emu->headers('none'));
$emu->config(['faults' => [['match' => 'GET /v2/teams', 'type' => 'slow_body', 'delay_ms' => 150, 'chunk_bytes' => 256]]]);
$s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
fwrite($s, "GET /v2/teams/42/event-types HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {$emu->apiKey}\r\nConnection: close\r\n\r\n");
$buf = '';
while (!str_contains($buf, "\r\n\r\n")) {
    $buf .= fread($s, 8192);
}
// Right after the headers, at most one chunk can be there.
stream_set_blocking($s, false);
$early = substr($buf, strpos($buf, "\r\n\r\n") + 4) . (string) fread($s, 65536);
var_dump(strlen($early) <= 256);
stream_set_blocking($s, true);
$body = $early . stream_get_contents($s);
var_dump(strlen($body) === strlen($normal['body']), json_decode($body, true)['status']);
?>
--EXPECT--
bool(true)
bool(true)
string(7) "success"
