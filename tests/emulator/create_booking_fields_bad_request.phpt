--TEST--
POST /v2/bookings with bad booking field responses: 400 BAD_REQUEST without details (Cal.com's Zod filter), nothing booked
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin'],
    'bookingFieldsResponses' => ['attendeePhoneNumber' => '0151 1234', 'notes' => 'Bitte kurz']]);
var_dump($r['status'], $r['json']['status'], $r['json']['error'], isset($r['json']['timestamp'], $r['json']['path']));
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(400)
string(5) "error"
array(2) {
  ["code"]=>
  string(11) "BAD_REQUEST"
  ["message"]=>
  string(46) "responses: {attendeePhoneNumber}invalid_number"
}
bool(true)
int(0)
