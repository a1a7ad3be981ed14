--TEST--
fault create_without_hosts: only the next N creates lack hosts
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'create_without_hosts']]]);
foreach (['07', '08'] as $h) {
    $r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => "2050-09-05T$h:00:00Z", 'eventTypeId' => 501,
        'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
    var_dump($r['status'], isset($r['json']['data']['hosts']));
}
?>
--EXPECT--
int(201)
bool(false)
int(201)
bool(true)
