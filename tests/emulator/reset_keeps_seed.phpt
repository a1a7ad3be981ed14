--TEST--
reset(): clears bookings, counters, the request log and faults; keeps the seed data and the configuration
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['api_keys' => ['cal_test_calbook_emulator', 'cal_test_kept']]);
$h = $emu->headers('bookings');
$uid = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data']['uid'];
$emu->request('POST', '/teams/42/event-types', $emu->headers('none'), ['title' => 'X', 'slug' => 'x', 'lengthInMinutes' => 10, 'schedulingType' => 'roundRobin']);
$emu->config(['faults' => [['match' => 'GET /v2/bookings', 'type' => 'status', 'status' => 500]]]);
$emu->reset();
$s = $emu->stats();
var_dump($s['bookings_created'], $s['bookings'], $s['connections'], $s['requests'], $s['faults_pending']);
var_dump($emu->request('GET', "/bookings/$uid", $h)['status']);
var_dump(array_column($emu->request('GET', '/teams/42/event-types', $emu->headers('none'))['json']['data'], 'id'));
var_dump($emu->request('GET', '/me', ['Authorization' => 'Bearer cal_test_kept'])['status']);
// Round robin starts over.
$r = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['json']['data']['hosts'][0]['id']);
?>
--EXPECT--
int(0)
int(0)
int(0)
array(0) {
}
array(0) {
}
int(404)
array(2) {
  [0]=>
  int(501)
  [1]=>
  int(502)
}
int(200)
int(101)
