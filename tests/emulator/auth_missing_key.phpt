--TEST--
Auth: a missing key on an endpoint that requires auth is a 401 envelope; optional endpoints work without
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$r = $emu->request('GET', '/bookings', ['cal-api-version' => '2024-08-13']);
var_dump($r['status'], $r['json']['status'], $r['json']['error']['code'], $r['json']['error']['message'], $r['json']['path']);
$r = $emu->request('POST', '/bookings', ['cal-api-version' => '2024-08-13'], ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
var_dump($r['status']);
$g = $emu->request('GET', '/bookings/' . $r['json']['data']['uid'], ['cal-api-version' => '2024-08-13']);
var_dump($g['status']);
foreach (['/webhooks', '/teams/42/memberships', '/teams/42/event-types', '/me'] as $p) {
    var_dump($emu->request('GET', $p, [])['status']);
}
?>
--EXPECT--
int(401)
string(5) "error"
string(21) "UnauthorizedException"
string(53) "ApiAuthStrategy - api key - Your api key is not valid"
string(12) "/v2/bookings"
int(201)
int(200)
int(401)
int(401)
int(401)
int(401)
