--TEST--
Client::createBooking(): Cal.com's v2 input (attendee object, location object, lengthInMinutes, bookingFieldsResponses) is sent as given
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$r = $c->createBooking([
    'eventTypeId' => 502,
    'start' => '2030-01-07T10:00:00.000+00:00',
    'attendee' => ['name' => 'Max Muster', 'email' => 'max@example.org', 'timeZone' => 'Europe/Vienna', 'phoneNumber' => '+436641234567', 'language' => 'de'],
    'location' => ['type' => 'address'],
    'lengthInMinutes' => 60,
    'bookingFieldsResponses' => ['notes' => 'Bitte kurz'],
]);
var_dump($r->status(), $r->json('data.start'), $r->json('data.attendees.0.timeZone'), $r->json('data.attendees.0.phoneNumber'));
var_dump($r->json('data.hosts.0.id') !== null);
?>
--EXPECT--
int(201)
string(24) "2030-01-07T10:00:00.000Z"
string(13) "Europe/Vienna"
string(13) "+436641234567"
bool(true)
