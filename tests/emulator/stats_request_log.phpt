--TEST--
stats(): the request log records method, path, query, version and whether Authorization was sent (never its value)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->request('GET', '/slots?eventTypeId=501&start=2050-09-05&end=2050-09-05', ['cal-api-version' => '2024-09-04']);
$emu->request('GET', '/bookings?take=5', $emu->headers('bookings'));
$s = $emu->stats();
foreach ($s['requests'] as $r) {
    echo $r['method'], ' ', $r['path'], ' ', $r['query'], ' ', $r['version'], ' ', var_export($r['authorization_present'], true), ' ', $r['status'], "\n";
}
var_dump(str_contains(json_encode($s), $emu->apiKey));
?>
--EXPECT--
GET /v2/slots eventTypeId=501&start=2050-09-05&end=2050-09-05 2024-09-04 false 200
GET /v2/bookings take=5 2024-08-13 true 200
bool(false)
