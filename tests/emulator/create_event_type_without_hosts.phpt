--TEST--
POST /v2/bookings for a team event type without hosts: 422, nothing booked
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$et = $emu->request('POST', '/teams/42/event-types', $emu->headers('none'), ['title' => 'Leer', 'slug' => 'leer', 'lengthInMinutes' => 30, 'schedulingType' => 'roundRobin'])['json']['data'];
var_dump($et['hosts']);
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => $et['id'],
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status'], $r['json']['error']['code'], $emu->stats()['bookings_created']);
?>
--EXPECT--
array(0) {
}
int(422)
string(28) "UnprocessableEntityException"
int(0)
