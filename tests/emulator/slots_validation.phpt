--TEST--
GET /v2/slots: missing start/end, an unknown event type and a bad time zone are errors
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('slots', false);
foreach (['/slots?eventTypeId=501', '/slots?eventTypeId=999&start=2050-09-05&end=2050-09-05',
    '/slots?eventTypeId=501&start=2050-09-05&end=2050-09-05&timeZone=Nowhere/City', '/slots?start=2050-09-05&end=2050-09-05'] as $q) {
    $r = $emu->request('GET', $q, $h);
    echo $r['status'], ' ', $r['json']['error']['code'], ' ', $r['json']['error']['message'], "\n";
}
?>
--EXPECT--
400 BadRequestException Bad Request Exception
404 NotFoundException Event type with id=999 not found
400 BadRequestException Bad Request Exception
400 BadRequestException Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided
