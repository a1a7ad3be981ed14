--TEST--
GET /v2/slots?format=range: {start, end} objects
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('GET', '/slots?eventTypeId=501&start=2050-09-05&end=2050-09-05&timeZone=Europe/Berlin&format=range', $emu->headers('slots', false));
$day = $r['json']['data']['2050-09-05'];
var_dump(count($day), $day[0], $day[17]['end']);
?>
--EXPECT--
int(18)
array(2) {
  ["start"]=>
  string(29) "2050-09-05T09:00:00.000+02:00"
  ["end"]=>
  string(29) "2050-09-05T09:30:00.000+02:00"
}
string(29) "2050-09-05T18:00:00.000+02:00"
