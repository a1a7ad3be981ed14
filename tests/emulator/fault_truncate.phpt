--TEST--
fault truncate: the headers promise more body than is sent, then the connection closes; the booking was made
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'truncate']]]);
try {
    $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
        'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
    echo "no error\n";
} catch (RuntimeException $e) {
    echo preg_replace('/\d+/', 'N', $e->getMessage()), "\n";
}
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
the emulator sent N of N body bytes
int(1)
