--TEST--
GET /v2/slots with 2024-08-13 or no version: the legacy shape {slots: {date: [{time}]}}, no error
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
foreach ([['cal-api-version' => '2024-08-13'], []] as $h) {
    $r = $emu->request('GET', '/slots?eventTypeId=502&start=2050-09-05&end=2050-09-05&timeZone=Europe/Berlin', $h);
    var_dump($r['status'], array_keys($r['json']['data']), $r['json']['data']['slots']['2050-09-05'][0]);
}
// The old path of the PHP service.
$r = $emu->request('GET', '/slots/available?eventTypeId=502&startTime=2050-09-05T00:00:00Z&endTime=2050-09-05T23:00:00Z', []);
var_dump($r['status'], count($r['json']['data']['slots']['2050-09-05']));
?>
--EXPECT--
int(200)
array(1) {
  [0]=>
  string(5) "slots"
}
array(1) {
  ["time"]=>
  string(24) "2050-09-05T07:00:00.000Z"
}
int(200)
array(1) {
  [0]=>
  string(5) "slots"
}
array(1) {
  ["time"]=>
  string(24) "2050-09-05T07:00:00.000Z"
}
int(200)
int(9)
