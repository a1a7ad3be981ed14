--TEST--
create_without_hosts: the create response has the legacy shape (no hosts) while GET returns the full booking
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], array_key_exists('hosts', $r['json']['data']));
$uid = $r['json']['data']['uid'];
$g = $emu->request('GET', '/bookings/' . $uid, $emu->headers('bookings'));
var_dump($g['status'], $g['json']['data']['hosts'][0]['id']);
// By id as well.
$g = $emu->request('GET', '/bookings/' . $r['json']['data']['id'], $emu->headers('bookings'));
var_dump($g['json']['data']['uid'] === $uid);
?>
--EXPECT--
int(201)
bool(false)
int(200)
int(101)
bool(true)
