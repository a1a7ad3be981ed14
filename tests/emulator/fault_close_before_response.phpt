--TEST--
fault close_before_response: the request is read and the connection closed without an answer; with apply the booking is made first
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$body = fn (string $t) => ['start' => "2050-09-05T$t:00Z", 'eventTypeId' => 501, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'close_before_response']]]);
try {
    $emu->request('POST', '/bookings', $h, $body('07:00'));
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($emu->stats()['bookings_created']);
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'close_before_response', 'apply' => true]]]);
try {
    $emu->request('POST', '/bookings', $h, $body('08:00'));
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
var_dump($emu->stats()['bookings_created']);
$list = $emu->request('GET', '/bookings?attendeeEmail=max@example.com', $h)['json'];
var_dump($list['pagination']['totalItems'], $list['data'][0]['start']);
?>
--EXPECT--
the emulator closed the connection without an answer
int(0)
the emulator closed the connection without an answer
int(1)
int(1)
string(24) "2050-09-05T08:00:00.000Z"
