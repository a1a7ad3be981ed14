--TEST--
POST /v2/bookings with cal-api-version 2024-08-13: 201 and the BookingOutput shape with exactly one host
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), [
    'start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max Mustermann', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin'],
    'metadata' => ['call_id' => 'call_1'],
]);
var_dump($r['status'], $r['json']['status']);
$d = $r['json']['data'];
var_dump(is_int($d['id']), strlen($d['uid']) > 10, $d['status'], $d['start'], $d['end'], $d['duration'], $d['eventTypeId'], $d['eventType']);
var_dump(count($d['hosts']), array_keys($d['hosts'][0]));
var_dump($d['attendees'][0]['name'], $d['attendees'][0]['absent'], $d['metadata'], $d['absentHost'], $d['title']);
var_dump(preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/', $d['createdAt']) === 1);
foreach (['description', 'location', 'updatedAt', 'bookingFieldsResponses'] as $k) {
    var_dump(array_key_exists($k, $d));
}
?>
--EXPECT--
int(201)
string(7) "success"
bool(true)
bool(true)
string(8) "accepted"
string(24) "2050-09-05T07:00:00.000Z"
string(24) "2050-09-05T07:30:00.000Z"
int(30)
int(501)
array(2) {
  ["id"]=>
  int(501)
  ["slug"]=>
  string(17) "herrenhaarschnitt"
}
int(1)
array(6) {
  [0]=>
  string(2) "id"
  [1]=>
  string(4) "name"
  [2]=>
  string(5) "email"
  [3]=>
  string(12) "displayEmail"
  [4]=>
  string(8) "username"
  [5]=>
  string(8) "timeZone"
}
string(14) "Max Mustermann"
bool(false)
array(1) {
  ["call_id"]=>
  string(6) "call_1"
}
bool(false)
string(59) "Herrenhaarschnitt between Fabian Spitzer and Max Mustermann"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
