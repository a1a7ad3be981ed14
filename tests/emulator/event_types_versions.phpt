--TEST--
GET /v2/event-types/{id}: 2024-06-14 gives EventTypeOutput, 2024-08-13 and 2024-09-04 give 404, no version the legacy shape
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$auth = ['Authorization' => 'Bearer ' . $emu->apiKey];
$r = $emu->request('GET', '/event-types/503', $auth + ['cal-api-version' => '2024-06-14']);
var_dump($r['status'], $r['json']['data']['lengthInMinutes'], $r['json']['data']['slug'], $r['json']['data']['ownerId']);
foreach (['2024-08-13', '2024-09-04'] as $v) {
    $r = $emu->request('GET', '/event-types/503', $auth + ['cal-api-version' => $v]);
    var_dump($r['status'], $r['json']['error']['message']);
}
$r = $emu->request('GET', '/event-types/503', $auth);
var_dump($r['status'], $r['json']['data']['eventType']['length']);
$r = $emu->request('GET', '/event-types', $auth + ['cal-api-version' => '2024-06-14']);
var_dump($r['status'], array_column($r['json']['data'], 'id'));
$r = $emu->request('GET', '/event-types', $auth);
var_dump(array_keys($r['json']['data']));
?>
--EXPECT--
int(200)
int(15)
string(8) "beratung"
int(101)
int(404)
string(30) "Cannot GET /v2/event-types/503"
int(404)
string(30) "Cannot GET /v2/event-types/503"
int(200)
int(15)
int(200)
array(1) {
  [0]=>
  int(503)
}
array(1) {
  [0]=>
  string(15) "eventTypeGroups"
}
