--TEST--
POST /v2/bookings/{uid}/confirm and /decline on bookings of an event type that requires confirmation
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$et = $emu->request('POST', '/teams/42/event-types', $emu->headers('none'), ['title' => 'Hochzeit', 'slug' => 'hochzeit', 'lengthInMinutes' => 60,
    'schedulingType' => 'roundRobin', 'assignAllTeamMembers' => true, 'confirmationPolicy' => ['type' => 'always']])['json']['data'];
$mk = fn (string $start) => $emu->request('POST', '/bookings', $h, ['start' => $start, 'eventTypeId' => $et['id'],
    'attendee' => ['name' => 'Braut', 'email' => 'braut@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data'];
$a = $mk('2050-09-05T07:00:00Z');
$b = $mk('2050-09-05T09:00:00Z');
var_dump($a['status']);
$r = $emu->request('POST', "/bookings/{$a['uid']}/confirm", $h);
var_dump($r['status'], $r['json']['data']['status']);
$r = $emu->request('POST', "/bookings/{$a['uid']}/confirm", $h);
var_dump($r['status']);
$r = $emu->request('POST', "/bookings/{$b['uid']}/decline", $h, ['reason' => 'ausgebucht']);
var_dump($r['status'], $r['json']['data']['status']);
var_dump($emu->request('GET', '/bookings?status=unconfirmed', $h)['json']['pagination']['totalItems']);
var_dump($emu->request('POST', "/bookings/{$b['uid']}/confirm", ['cal-api-version' => '2024-08-13'])['status']);
?>
--EXPECT--
string(7) "pending"
int(200)
string(8) "accepted"
int(400)
int(200)
string(8) "rejected"
int(0)
int(401)
