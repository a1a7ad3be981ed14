--TEST--
Webhook delivery: without a secret the signature header is "no-secret-provided"; inactive or unsubscribed webhooks get nothing; a dead or off-machine subscriber is recorded, the booking is unaffected
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['webhook_timeout_ms' => 500]);
$receiver = stream_socket_server('tcp://127.0.0.1:0');
$url = 'http://' . stream_socket_get_name($receiver, false) . '/in';
// A port nobody listens on.
$dead = stream_socket_server('tcp://127.0.0.1:0');
$deadUrl = 'http://' . stream_socket_get_name($dead, false) . '/gone';
fclose($dead);
$hn = $emu->headers('none');
$emu->request('POST', '/webhooks', $hn, ['subscriberUrl' => $url, 'active' => true, 'triggers' => ['BOOKING_CREATED']]);
$emu->request('POST', '/webhooks', $hn, ['subscriberUrl' => $url . '?inactive', 'active' => false, 'triggers' => ['BOOKING_CREATED']]);
$emu->request('POST', '/webhooks', $hn, ['subscriberUrl' => $url . '?cancel-only', 'active' => true, 'triggers' => ['BOOKING_CANCELLED']]);
$emu->request('POST', '/webhooks', $hn, ['subscriberUrl' => $deadUrl, 'active' => true, 'triggers' => ['BOOKING_CREATED']]);
// Off the machine: recorded, never contacted.
$emu->request('POST', '/webhooks', $hn, ['subscriberUrl' => 'http://app.example/hooks', 'active' => true, 'triggers' => ['BOOKING_CREATED']]);
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 503,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status']);
$c = stream_socket_accept($receiver, 10);
$raw = '';
while (!str_contains($raw, "\r\n\r\n")) {
    $raw .= fread($c, 8192);
}
fwrite($c, "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
fclose($c);
var_dump(strtok($raw, "\r\n"), (bool) preg_match('/^X-Cal-Signature-256: no-secret-provided\r$/mi', $raw));
// Wait until both deliveries are recorded (the dead one fails fast on loopback).
do {
    $d = $emu->stats()['webhook_deliveries'];
} while (count($d) < 3);
$lines = array_map(fn ($x) => $x['trigger'] . ' ' . ($x['url'] === $url ? 'receiver' : ($x['url'] === $deadUrl ? 'dead' : $x['url'])) . ' ' . var_export($x['status'], true) . ' ' . ($x['error'] === null ? '-' : 'error'), $d);
sort($lines);
echo implode("\n", $lines), "\n";
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(201)
string(17) "POST /in HTTP/1.1"
bool(true)
BOOKING_CREATED dead NULL error
BOOKING_CREATED http://app.example/hooks NULL error
BOOKING_CREATED receiver 204 -
int(1)
