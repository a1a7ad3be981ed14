--TEST--
POST /v2/bookings without cal-api-version: the legacy controller's shape, without hosts
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$body = ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
$r = $emu->request('POST', '/bookings', ['Authorization' => 'Bearer ' . $emu->apiKey], $body);
var_dump($r['status'], array_key_exists('hosts', $r['json']['data']), $r['json']['data']['status']);
var_dump(isset($r['json']['data']['id'], $r['json']['data']['uid']));
// An older version goes to the legacy controller too.
$body['start'] = '2050-09-05T08:00:00Z';
$r = $emu->request('POST', '/bookings', ['cal-api-version' => '2024-06-14'], $body);
var_dump($r['status'], array_key_exists('hosts', $r['json']['data']));
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(201)
bool(false)
string(8) "ACCEPTED"
bool(true)
int(201)
bool(false)
int(2)
