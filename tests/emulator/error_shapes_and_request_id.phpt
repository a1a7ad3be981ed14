--TEST--
The three error shapes (envelope, BAD_REQUEST without details, raw 500) and X-Request-Id on every response
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [
    ['match' => 'GET /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => 400, 'shape' => 'bad_request', 'message' => 'Invalid input'],
    ['match' => 'GET /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => 500, 'shape' => 'raw500'],
    ['match' => 'GET /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => 503, 'shape' => 'envelope'],
]]);
$h = $emu->headers('bookings');
$ids = [];
$r = $emu->request('GET', '/bookings', $h);
var_dump($r['status'], $r['json']['error'], array_key_exists('details', $r['json']['error']));
$ids[] = $r['headers']['x-request-id'];
$r = $emu->request('GET', '/bookings', $h);
var_dump($r['status'], $r['body']);
$ids[] = $r['headers']['x-request-id'];
$r = $emu->request('GET', '/bookings', $h);
var_dump($r['status'], $r['json']['status'], $r['json']['error']['code'], $r['json']['error']['details']['statusCode']);
$ids[] = $r['headers']['x-request-id'];
$r = $emu->request('GET', '/bookings/nope', $h);
var_dump($r['status'], $r['json']['error']['code'], $r['json']['error']['details']);
$ids[] = $r['headers']['x-request-id'];
$r = $emu->request('GET', '/bookings', $h);
var_dump($r['status']);
$ids[] = $r['headers']['x-request-id'];
var_dump(count(array_unique($ids)), count(preg_grep('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $ids)));
?>
--EXPECT--
int(400)
array(2) {
  ["code"]=>
  string(11) "BAD_REQUEST"
  ["message"]=>
  string(13) "Invalid input"
}
bool(false)
int(500)
string(52) "{"statusCode":500,"message":"Internal server error"}"
int(503)
string(5) "error"
string(27) "ServiceUnavailableException"
int(503)
int(404)
string(17) "NotFoundException"
array(3) {
  ["message"]=>
  string(31) "Booking with uid=nope not found"
  ["error"]=>
  string(9) "Not Found"
  ["statusCode"]=>
  int(404)
}
int(200)
int(5)
int(5)
