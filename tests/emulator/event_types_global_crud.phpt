--TEST--
/v2/event-types (2024-06-14): create (201), update (PATCH), delete; required fields validated
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('event-types');
$r = $emu->request('POST', '/event-types', $h, ['title' => 'Bart', 'slug' => 'bart']);
var_dump($r['status'], $r['json']['error']['details']['errors'][0]['property']);
$r = $emu->request('POST', '/event-types', $h, ['title' => 'Bart', 'slug' => 'bart', 'lengthInMinutes' => 20]);
var_dump($r['status'], $r['json']['data']['lengthInMinutes'], $r['json']['data']['ownerId']);
$id = $r['json']['data']['id'];
$r = $emu->request('PATCH', "/event-types/$id", $h, ['lengthInMinutes' => 25, 'title' => 'Bartpflege']);
var_dump($r['status'], $r['json']['data']['lengthInMinutes'], $r['json']['data']['title']);
$r = $emu->request('GET', "/event-types/$id", $h);
var_dump($r['json']['data']['lengthInMinutes']);
$r = $emu->request('DELETE', "/event-types/$id", $h);
var_dump($r['status'], $r['json']['data']['id'] === $id);
$r = $emu->request('GET', "/event-types/$id", $h);
var_dump($r['status']);
$r = $emu->request('POST', '/event-types', $emu->headers('event-types', false), ['title' => 'X', 'slug' => 'x', 'lengthInMinutes' => 5]);
var_dump($r['status']);
?>
--EXPECT--
int(400)
string(15) "lengthInMinutes"
int(201)
int(20)
int(101)
int(200)
int(25)
string(10) "Bartpflege"
int(25)
int(200)
bool(true)
int(404)
int(401)
