--TEST--
GET /v2/slots (2024-09-04): days map to {start} objects in the requested time zone, only free slots
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$q = '/slots?eventTypeId=502&start=2050-09-05&end=2050-09-05&timeZone=Europe/Berlin';
$r = $emu->request('GET', $q, $emu->headers('slots', false));
var_dump($r['status'], array_keys($r['json']['data']));
$day = $r['json']['data']['2050-09-05'];
var_dump(count($day), $day[0], end($day));
// All three hosts booked at 09:00 Berlin: that slot disappears.
foreach ([1, 2, 3] as $i) {
    $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 502,
        'attendee' => ['name' => "K$i", 'email' => "k$i@example.com", 'timeZone' => 'Europe/Berlin']]);
}
$r = $emu->request('GET', $q, $emu->headers('slots', false));
var_dump(count($r['json']['data']['2050-09-05']), $r['json']['data']['2050-09-05'][0]['start']);
// In UTC the same slots are shown in UTC; a Sunday has none ({}).
$r = $emu->request('GET', '/slots?eventTypeId=502&start=2050-09-05T07:00:00Z&end=2050-09-05T08:00:00Z', $emu->headers('slots', false));
var_dump($r['json']['data']);
$r = $emu->request('GET', '/slots?eventTypeId=502&start=2050-09-11&end=2050-09-11&timeZone=Europe/Berlin', $emu->headers('slots', false));
var_dump($r['body']);
?>
--EXPECT--
int(200)
array(1) {
  [0]=>
  string(10) "2050-09-05"
}
int(9)
array(1) {
  ["start"]=>
  string(29) "2050-09-05T09:00:00.000+02:00"
}
array(1) {
  ["start"]=>
  string(29) "2050-09-05T17:00:00.000+02:00"
}
int(8)
string(29) "2050-09-05T10:00:00.000+02:00"
array(1) {
  ["2050-09-05"]=>
  array(1) {
    [0]=>
    array(1) {
      ["start"]=>
      string(29) "2050-09-05T08:00:00.000+00:00"
    }
  }
}
string(30) "{"status":"success","data":{}}"
