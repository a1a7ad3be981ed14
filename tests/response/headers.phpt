--TEST--
Response: header() is case-insensitive, headers() lists every value under lower-case names
--EXTENSIONS--
calbook
--FILE--
<?php
$r = new Calbook\Response(200, '{}', ['X-Request-Id' => 'req-1', 'Set-Cookie' => ['a=1', 'b=2'], 'content-type' => 'application/json']);
var_dump($r->header('x-request-id'), $r->header('X-REQUEST-ID'), $r->header('set-cookie'), $r->header('missing'));
var_dump($r->headers());
?>
--EXPECT--
string(5) "req-1"
string(5) "req-1"
string(8) "a=1, b=2"
NULL
array(3) {
  ["x-request-id"]=>
  array(1) {
    [0]=>
    string(5) "req-1"
  }
  ["set-cookie"]=>
  array(2) {
    [0]=>
    string(3) "a=1"
    [1]=>
    string(3) "b=2"
  }
  ["content-type"]=>
  array(1) {
    [0]=>
    string(16) "application/json"
  }
}
