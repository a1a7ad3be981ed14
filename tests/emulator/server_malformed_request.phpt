--TEST--
server.php: a malformed request line, bad Content-Length or chunked body gets an error and a close; the server keeps serving
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
foreach (["NONSENSE\r\n\r\n", "GET /v2/me HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    "POST /v2/bookings HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "GET /v2/me HTTP/1.1\r\nno colon here\r\n\r\n"] as $raw) {
    $s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
    fwrite($s, $raw);
    $a = stream_get_contents($s);
    echo strtok($a, "\r\n"), ' | ', str_contains($a, 'Connection: close') ? 'close' : 'open', "\n";
}
var_dump($emu->request('GET', '/me', $emu->headers('none'))['status'], $emu->stats()['bookings_created']);
?>
--EXPECT--
HTTP/1.1 400 Bad Request | close
HTTP/1.1 400 Bad Request | close
HTTP/1.1 501 Not Implemented | close
HTTP/1.1 400 Bad Request | close
int(200)
int(0)
