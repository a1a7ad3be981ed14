--TEST--
POST /v2/bookings/{uid}/reassign and /reassign/{userId}: {bookingUid, reassignedTo:{id,name,email}}; GET shows the new host
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$b = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
var_dump($b['hosts'][0]['id']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/reassign", $h);
var_dump($r['status'], $r['json']['data']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/reassign/103", $h, ['reason' => 'Urlaub']);
var_dump($r['status'], $r['json']['data']['reassignedTo']['id']);
var_dump($emu->request('GET', "/bookings/{$b['uid']}", $h)['json']['data']['hosts'][0]['username']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/reassign/999", $h);
var_dump($r['status']);
// Not round robin: the personal event type.
$p = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T09:00:00Z', 'eventTypeId' => 503,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
var_dump($emu->request('POST', "/bookings/{$p['uid']}/reassign", $h)['status']);
// Auth is required.
var_dump($emu->request('POST', "/bookings/{$b['uid']}/reassign", ['cal-api-version' => '2024-08-13'])['status']);
?>
--EXPECTF--
int(101)
int(200)
array(2) {
  ["bookingUid"]=>
  string(22) "%s"
  ["reassignedTo"]=>
  array(3) {
    ["id"]=>
    int(102)
    ["name"]=>
    string(15) "Jürgen Müller"
    ["email"]=>
    string(23) "juergen@salon-demo.test"
  }
}
int(200)
int(103)
string(4) "anna"
int(400)
int(400)
int(401)
