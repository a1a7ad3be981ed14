--TEST--
server.php: a request that arrives in small pieces (headers and Content-Length body) is answered once complete
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$body = json_encode(['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 503, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
$raw = "POST /v2/bookings HTTP/1.1\r\nHost: x\r\ncal-api-version: 2024-08-13\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n" . $body;
$s = stream_socket_client('tcp://127.0.0.1:' . $emu->port);
foreach (str_split($raw, 7) as $piece) {
    fwrite($s, $piece);
    fflush($s);
    usleep(2000);
}
$answer = stream_get_contents($s);
var_dump(substr($answer, 0, 20));
$json = json_decode(substr($answer, strpos($answer, "\r\n\r\n") + 4), true);
var_dump($json['data']['attendees'][0]['email'], $emu->stats()['bookings_created']);
?>
--EXPECT--
string(20) "HTTP/1.1 201 Created"
string(15) "max@example.com"
int(1)
