--TEST--
/v2/teams/{teamId}/event-types: list, get, create, update, delete with no version header
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('none');
$r = $emu->request('GET', '/teams/42/event-types', $h);
var_dump($r['status'], array_column($r['json']['data'], 'id'), $r['json']['data'][0]['schedulingType'], array_column($r['json']['data'][0]['hosts'], 'userId'));
$r = $emu->request('GET', '/teams/42/event-types/502', $h);
var_dump($r['json']['data']['slug'], $r['json']['data']['teamId'], $r['json']['data']['team']['slug']);
$r = $emu->request('POST', '/teams/42/event-types', $h, ['title' => 'Färben', 'slug' => 'faerben', 'lengthInMinutes' => 90]);
var_dump($r['status'], $r['json']['error']['details']['errors'][0]['property']);
$r = $emu->request('POST', '/teams/42/event-types', $h, ['title' => 'Färben', 'slug' => 'faerben', 'lengthInMinutes' => 90,
    'schedulingType' => 'roundRobin', 'hosts' => [['userId' => 102], ['userId' => 103]]]);
var_dump($r['status'], array_column($r['json']['data']['hosts'], 'userId'));
$id = $r['json']['data']['id'];
$r = $emu->request('PATCH', "/teams/42/event-types/$id", $h, ['lengthInMinutes' => 120]);
var_dump($r['status'], $r['json']['data']['lengthInMinutes']);
// A booking of the new type goes to one of its hosts only.
$b = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => $id,
    'attendee' => ['name' => 'K', 'email' => 'k@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($b['json']['data']['hosts'][0]['id'], $b['json']['data']['duration']);
$r = $emu->request('DELETE', "/teams/42/event-types/$id", $h);
var_dump($r['status']);
$r = $emu->request('GET', "/teams/42/event-types/$id", $h);
var_dump($r['status']);
$r = $emu->request('GET', '/teams/7/event-types', $h);
var_dump($r['status']);
?>
--EXPECT--
int(200)
array(2) {
  [0]=>
  int(501)
  [1]=>
  int(502)
}
string(10) "roundRobin"
array(3) {
  [0]=>
  int(101)
  [1]=>
  int(102)
  [2]=>
  int(103)
}
string(16) "damenhaarschnitt"
int(42)
string(10) "salon-demo"
int(400)
string(14) "schedulingType"
int(201)
array(2) {
  [0]=>
  int(102)
  [1]=>
  int(103)
}
int(200)
int(120)
int(102)
int(120)
int(200)
int(404)
int(404)
