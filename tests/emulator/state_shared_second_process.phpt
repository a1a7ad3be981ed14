--TEST--
State survives across processes: a second emulator on the same state file sees and adds to the same bookings
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$one = calbook_emulator_start();
$h = $one->headers('bookings');
$uid = $one->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data']['uid'];
$two = calbook_emulator_start(['state_file' => $one->stateFile]);
var_dump($two->port !== $one->port);
$g = $two->request('GET', "/bookings/$uid", $h);
var_dump($g['status'], $g['json']['data']['hosts'][0]['id']);
// Round robin continues across both: the next booking goes to 102.
$r = $two->request('POST', '/bookings', $h, ['start' => '2050-09-05T08:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Eva', 'email' => 'eva@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['json']['data']['hosts'][0]['id']);
var_dump($one->request('GET', '/bookings', $h)['json']['pagination']['totalItems'], $one->stats()['bookings_created']);
$two->stop();
var_dump($one->request('GET', "/bookings/$uid", $h)['status']);
?>
--EXPECT--
bool(true)
int(200)
int(101)
int(102)
int(2)
int(2)
int(200)
