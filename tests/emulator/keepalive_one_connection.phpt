--TEST--
Keep-alive: two requests on one connection count one connection; control requests are not counted
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$c = $emu->connect();
$a = $c->request('GET', '/bookings', $emu->headers('bookings'));
$b = $c->request('GET', '/me', $emu->headers('none'));
var_dump($a['status'], $b['status'], $a['headers']['connection'], $a['headers']['x-request-id'] !== $b['headers']['x-request-id']);
$s = $emu->stats();
var_dump($s['connections'], count($s['requests']), $s['requests'][0]['connection_id'] === $s['requests'][1]['connection_id']);
$emu->request('GET', '/me', $emu->headers('none'));
$s = $emu->stats();
var_dump($s['connections'], $s['requests'][2]['connection_id'] !== $s['requests'][0]['connection_id']);
var_dump(array_keys($s['requests'][0]));
// The same connection still works after the stats calls.
var_dump($c->request('GET', '/me', $emu->headers('none'))['status'], $emu->stats()['connections']);
?>
--EXPECT--
int(200)
int(200)
string(10) "keep-alive"
bool(true)
int(1)
int(2)
bool(true)
int(2)
bool(true)
array(11) {
  [0]=>
  string(6) "method"
  [1]=>
  string(4) "path"
  [2]=>
  string(5) "query"
  [3]=>
  string(7) "version"
  [4]=>
  string(21) "authorization_present"
  [5]=>
  string(10) "user_agent"
  [6]=>
  string(13) "connection_id"
  [7]=>
  string(6) "status"
  [8]=>
  string(10) "request_id"
  [9]=>
  string(5) "fault"
  [10]=>
  string(4) "time"
}
int(200)
int(2)
