--TEST--
Client::request(): any endpoint relative to base_url, with query, json body and api_version; the family's version by default
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$me = $c->request('GET', '/me');
var_dump($me->status(), $me->json('data.username'));
$c->request('get', '/bookings', ['query' => ['status' => ['upcoming', 'past'], 'eventTypeIds' => [501, 502], 'take' => 5]]);
$c->request('GET', '/slots', ['query' => ['eventTypeId' => 501, 'start' => '2030-01-07', 'end' => '2030-01-07']]);
$c->request('GET', '/event-types/503');
$c->request('GET', '/bookings/abc', ['api_version' => '2026-02-25']);
$c->request('GET', '/bookings/abc', ['api_version' => null]);
$r = $c->request('POST', '/bookings', ['json' => ['start' => cbt_start(), 'eventTypeId' => 501, 'attendee' => ['name' => 'A B', 'email' => 'ab@example.org', 'timeZone' => 'Europe/Berlin']]]);
var_dump($r->status(), $r->json('data.attendees.0.name'));
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', $q['path'], ' ', var_export($q['version'], true), ' ', $q['query'] ?: '-', "\n";
?>
--EXPECT--
int(200)
string(6) "fabian"
int(201)
string(3) "A B"
GET /v2/me NULL -
GET /v2/bookings '2024-08-13' status=upcoming&status=past&eventTypeIds=501,502&take=5
GET /v2/slots '2024-09-04' eventTypeId=501&start=2030-01-07&end=2030-01-07
GET /v2/event-types/503 '2024-06-14' -
GET /v2/bookings/abc '2026-02-25' -
GET /v2/bookings/abc NULL -
POST /v2/bookings '2024-08-13' -
