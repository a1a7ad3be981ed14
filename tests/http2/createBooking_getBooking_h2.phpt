--TEST--
HTTP/2: a single call path through nginx over TLS: createBooking() (POST with a body) then getBooking() on one kept-alive HTTP/2 connection; response headers arrive lower-case and are read
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile, 'persistent' => false]);
$created = $c->createBooking([
    'eventTypeId' => 501,
    'start' => '2030-01-07T09:00:00Z',
    'name' => 'Erika Mustermann',
    'email' => 'erika@example.org',
    'timeZone' => 'Europe/Berlin',
]);
$uid = $created->json('data.uid');
var_dump($created->status(), is_string($uid), $created->json('data.hosts.0.id'));
$got = $c->getBooking($uid);
var_dump($got->status(), $got->json('data.uid') === $uid, $got->json('data.attendees.0.email'));
var_dump($got->header('Content-Type'), $got->header('X-Request-Id') !== null);
var_dump($emu->stats()['bookings_created']);
$log = $front->log(2);
foreach ($log as $e) {
    echo $e['method'], ' ', $e['uri'] === '/v2/bookings' ? '/v2/bookings' : ($e['uri'] === "/v2/bookings/$uid" ? '/v2/bookings/{uid}' : $e['uri']), ' ', $e['status'], ' ', $e['protocol'], "\n";
}
echo 'connections: ', CalbookFront::connections($log), "\n";
$st = $c->stats();
var_dump($st['connections_opened'], $st['connections_reused']);
?>
--EXPECT--
int(201)
bool(true)
int(101)
int(200)
bool(true)
string(17) "erika@example.org"
string(31) "application/json; charset=utf-8"
bool(true)
int(1)
POST /v2/bookings 201 HTTP/2.0
GET /v2/bookings/{uid} 200 HTTP/2.0
connections: 1
int(1)
int(1)
