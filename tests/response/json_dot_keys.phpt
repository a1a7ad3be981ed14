--TEST--
Response: json() decodes once and reads Laravel-style dot keys
--EXTENSIONS--
calbook
--FILE--
<?php
$body = json_encode(['status' => 'success', 'data' => ['id' => 7, 'uid' => 'abc',
    'hosts' => [['id' => 101, 'email' => 'fabian@salon-demo.test']], 'a.b' => 'dotted', 'n' => null]]);
$r = new Calbook\Response(201, $body);
var_dump($r->json('data.hosts.0.email'));
var_dump($r->json('data.id'));
var_dump($r->json('data.hosts.1.email', 'none'));
var_dump($r->json('data.uid.x', 'not-an-array'));
var_dump($r->json('data.n', 'default-not-used-for-null'));
var_dump($r->json('missing'));
var_dump($r->json()['data']['uid']);
var_dump($r->data()['hosts'][0]['id']);
var_dump($r->json() === $r->json());
var_dump($r->body() === $body);
?>
--EXPECT--
string(22) "fabian@salon-demo.test"
int(7)
string(4) "none"
string(12) "not-an-array"
NULL
NULL
string(3) "abc"
int(101)
bool(true)
bool(true)
