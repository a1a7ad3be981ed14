--TEST--
POST /v2/bookings/{uid}/reschedule: 201, a new uid with rescheduledFromUid; the old booking is cancelled with rescheduledToUid
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$old = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
$r = $emu->request('POST', "/bookings/{$old['uid']}/reschedule", $h, ['start' => '2050-09-06T09:00:00Z', 'reschedulingReason' => 'später']);
$new = $r['json']['data'];
var_dump($r['status'], $new['uid'] !== $old['uid'], $new['id'] !== $old['id'], $new['rescheduledFromUid'] === $old['uid']);
var_dump($new['start'], $new['duration'], $new['status'], $new['reschedulingReason'], $new['hosts'][0]['id'], $new['attendees'][0]['email']);
$g = $emu->request('GET', "/bookings/{$old['uid']}", $h)['json']['data'];
var_dump($g['status'], $g['rescheduledToUid'] === $new['uid']);
$r = $emu->request('POST', "/bookings/{$old['uid']}/reschedule", $h, ['start' => '2050-09-07T09:00:00Z']);
var_dump($r['status']);
$r = $emu->request('POST', "/bookings/{$new['uid']}/reschedule", $h, ['start' => 'tomorrow']);
var_dump($r['status'], $r['json']['error']['details']['errors'][0]['property']);
$s = $emu->stats();
var_dump($s['bookings_created'], $s['bookings_rescheduled']);
?>
--EXPECT--
int(201)
bool(true)
bool(true)
bool(true)
string(24) "2050-09-06T09:00:00.000Z"
int(30)
string(8) "accepted"
string(7) "später"
int(101)
string(15) "max@example.com"
string(9) "cancelled"
bool(true)
int(400)
int(400)
string(5) "start"
int(1)
int(1)
