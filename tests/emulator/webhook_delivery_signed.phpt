--TEST--
Webhook delivery: a booking created, rescheduled and cancelled is POSTed to the subscriber, signed with X-Cal-Signature-256
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$receiver = stream_socket_server('tcp://127.0.0.1:0');
$url = 'http://' . stream_socket_get_name($receiver, false) . '/hooks/cal';
$secret = 'whsec_test_1234';
$emu->request('POST', '/webhooks', $emu->headers('none'), ['subscriberUrl' => $url, 'active' => true, 'secret' => $secret,
    'triggers' => ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED']]);
$receive = function () use ($receiver): array {
    $c = stream_socket_accept($receiver, 10);
    $raw = '';
    while (!str_contains($raw, "\r\n\r\n")) {
        $raw .= fread($c, 8192);
    }
    [$head, $body] = explode("\r\n\r\n", $raw, 2);
    preg_match('/Content-Length: (\d+)/i', $head, $m);
    while (strlen($body) < (int) $m[1]) {
        $body .= fread($c, 8192);
    }
    fwrite($c, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    fclose($c);
    $headers = [];
    foreach (array_slice(explode("\r\n", $head), 1) as $line) {
        [$n, $v] = explode(':', $line, 2);
        $headers[strtolower($n)] = trim($v);
    }
    return [strtok($head, "\r\n"), $headers, $body];
};
$h = $emu->headers('bookings');
$b = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max Mustermann', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
[$line, $headers, $body] = $receive();
var_dump($line, $headers['content-type'], $headers['x-cal-webhook-version']);
var_dump(hash_equals(hash_hmac('sha256', $body, $secret), $headers['x-cal-signature-256']));
$j = json_decode($body, true);
var_dump($j['triggerEvent'], $j['payload']['uid'] === $b['uid'], $j['payload']['bookingId'] === $b['id'], $j['payload']['organizer']['id'],
    $j['payload']['organizer']['language'], $j['payload']['attendees'][0]['email'], $j['payload']['startTime'], $j['payload']['type'],
    $j['payload']['status'], array_column($j['payload']['team']['members'], 'id'));
var_dump(str_contains($body, '": '), str_contains($body, '\/'));   // compact like JSON.stringify, slashes unescaped
$new = $emu->request('POST', "/bookings/{$b['uid']}/reschedule", $h, ['start' => '2050-09-06T07:00:00Z'])['json']['data'];
[, , $body] = $receive();
$j = json_decode($body, true);
var_dump($j['triggerEvent'], $j['payload']['uid'] === $new['uid'], $j['payload']['rescheduleUid'] === $b['uid'], $j['payload']['rescheduleStartTime']);
$emu->request('POST', "/bookings/{$new['uid']}/cancel", $h, ['cancellationReason' => 'krank']);
[, , $body] = $receive();
$j = json_decode($body, true);
var_dump($j['triggerEvent'], $j['payload']['cancellationReason'], $j['payload']['status']);
$d = $emu->stats()['webhook_deliveries'];
var_dump(count($d), array_column($d, 'status'), array_column($d, 'trigger'));
?>
--EXPECT--
string(24) "POST /hooks/cal HTTP/1.1"
string(16) "application/json"
string(10) "2021-10-20"
bool(true)
string(15) "BOOKING_CREATED"
bool(true)
bool(true)
int(101)
array(1) {
  ["locale"]=>
  string(2) "de"
}
string(15) "max@example.com"
string(24) "2050-09-05T07:00:00.000Z"
string(17) "herrenhaarschnitt"
string(8) "ACCEPTED"
array(3) {
  [0]=>
  int(101)
  [1]=>
  int(102)
  [2]=>
  int(103)
}
bool(false)
bool(false)
string(19) "BOOKING_RESCHEDULED"
bool(true)
bool(true)
string(24) "2050-09-05T07:00:00.000Z"
string(17) "BOOKING_CANCELLED"
string(5) "krank"
string(9) "CANCELLED"
int(3)
array(3) {
  [0]=>
  int(200)
  [1]=>
  int(200)
  [2]=>
  int(200)
}
array(3) {
  [0]=>
  string(15) "BOOKING_CREATED"
  [1]=>
  string(19) "BOOKING_RESCHEDULED"
  [2]=>
  string(17) "BOOKING_CANCELLED"
}
