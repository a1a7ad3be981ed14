--TEST--
POST /v2/slots/reservations (201) hides the slot; DELETE /v2/slots/reservations/{uid} releases it
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('slots', false);
$count = function () use ($emu, $h) {
    $r = $emu->request('GET', '/slots?eventTypeId=503&start=2050-09-05&end=2050-09-05&timeZone=Europe/Berlin', $h);
    return count($r['json']['data']['2050-09-05']);
};
$before = $count();
$r = $emu->request('POST', '/slots/reservations', $h, ['eventTypeId' => 503, 'slotStart' => '2050-09-05T07:00:00Z']);
var_dump($r['status'], array_keys($r['json']['data']), $r['json']['data']['slotEnd'], $r['json']['data']['reservationDuration']);
var_dump($count() === $before - 1);
$uid = $r['json']['data']['reservationUid'];
$g = $emu->request('GET', '/slots/reservations/' . $uid, $h);
var_dump($g['status'], $g['json']['data']['slotStart']);
$d = $emu->request('DELETE', '/slots/reservations/' . $uid, $h);
var_dump($d['status'], $d['body']);
var_dump($count() === $before);
$d = $emu->request('DELETE', '/slots/reservations/' . $uid, $h);
var_dump($d['status']);
// Without the slots version, the legacy controller has no such route.
$r = $emu->request('POST', '/slots/reservations', [], ['eventTypeId' => 503, 'slotStart' => '2050-09-05T07:00:00Z']);
var_dump($r['status'], $r['json']['error']['message']);
?>
--EXPECT--
int(201)
array(7) {
  [0]=>
  string(11) "eventTypeId"
  [1]=>
  string(9) "slotStart"
  [2]=>
  string(7) "slotEnd"
  [3]=>
  string(12) "slotDuration"
  [4]=>
  string(14) "reservationUid"
  [5]=>
  string(19) "reservationDuration"
  [6]=>
  string(16) "reservationUntil"
}
string(24) "2050-09-05T07:15:00.000Z"
int(5)
bool(true)
int(200)
string(24) "2050-09-05T07:00:00.000Z"
int(200)
string(20) "{"status":"success"}"
bool(true)
int(404)
int(404)
string(34) "Cannot POST /v2/slots/reservations"
