--TEST--
Auth: an invalid key is a 401 even on endpoints where auth is optional; keys from the configuration are valid
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['api_keys' => ['cal_test_calbook_emulator', 'cal_live_second']]);
$body = ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
foreach (['Bearer cal_wrong', 'cal_test_calbook_emulator', 'Basic abc'] as $a) {
    $r = $emu->request('POST', '/bookings', ['Authorization' => $a, 'cal-api-version' => '2024-08-13'], $body);
    var_dump($r['status'], $r['json']['error']['message']);
}
var_dump($emu->request('GET', '/bookings', ['Authorization' => 'Bearer cal_live_second', 'cal-api-version' => '2024-08-13'])['status']);
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
int(401)
string(53) "ApiAuthStrategy - api key - Your api key is not valid"
int(401)
string(53) "ApiAuthStrategy - api key - Your api key is not valid"
int(401)
string(53) "ApiAuthStrategy - api key - Your api key is not valid"
int(200)
int(0)
