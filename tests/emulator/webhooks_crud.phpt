--TEST--
/v2/webhooks: create (201, triggers as an array), list, get, update, delete; validation and auth
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('none');
$r = $emu->request('POST', '/webhooks', $h, ['subscriberUrl' => 'https://app.example/hooks/cal', 'triggers' => ['BOOKING_CREATED', 'BOOKING_CANCELLED'], 'active' => true, 'secret' => 'whsec']);
var_dump($r['status'], $r['json']['data']['userId'], $r['json']['data']['triggers'], $r['json']['data']['payloadTemplate']);
$id = $r['json']['data']['id'];
var_dump(count($emu->request('GET', '/webhooks', $h)['json']['data']));
$r = $emu->request('PATCH', "/webhooks/$id", $h, ['active' => false]);
var_dump($r['status'], $r['json']['data']['active']);
var_dump($emu->request('GET', "/webhooks/$id", $h)['json']['data']['active']);
$r = $emu->request('POST', '/webhooks', $h, ['subscriberUrl' => 'not a url', 'triggers' => 'BOOKING_CREATED', 'active' => 'yes']);
var_dump($r['status'], array_column($r['json']['error']['details']['errors'], 'property'));
var_dump($emu->request('DELETE', "/webhooks/$id", $h)['status'], $emu->request('GET', "/webhooks/$id", $h)['status']);
var_dump($emu->request('GET', '/webhooks', [])['status']);
?>
--EXPECT--
int(201)
int(101)
array(2) {
  [0]=>
  string(15) "BOOKING_CREATED"
  [1]=>
  string(17) "BOOKING_CANCELLED"
}
NULL
int(1)
int(200)
bool(false)
bool(false)
int(400)
array(3) {
  [0]=>
  string(13) "subscriberUrl"
  [1]=>
  string(8) "triggers"
  [2]=>
  string(6) "active"
}
int(200)
int(404)
int(401)
