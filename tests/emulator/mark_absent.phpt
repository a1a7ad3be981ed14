--TEST--
POST /v2/bookings/{uid}/mark-absent: absentHost and attendees[].absent; bad bodies and unknown attendees are 400
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$b = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
$r = $emu->request('POST', "/bookings/{$b['uid']}/mark-absent", $h, ['host' => true, 'attendees' => [['email' => 'max@example.com', 'absent' => true]]]);
var_dump($r['status'], $r['json']['data']['absentHost'], $r['json']['data']['attendees'][0]['absent']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/mark-absent", $h, ['host' => 'yes']);
var_dump($r['status'], $r['json']['error']['details']['errors'][0]['property']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/mark-absent", $h, ['attendees' => [['email' => 'other@example.com', 'absent' => true]]]);
var_dump($r['status']);
var_dump($emu->request('GET', "/bookings/{$b['uid']}", $h)['json']['data']['absentHost']);
?>
--EXPECT--
int(200)
bool(true)
bool(true)
int(400)
string(4) "host"
int(400)
bool(true)
