--TEST--
Round robin: hosts rotate over 101, 102, 103; a busy host is skipped; all busy is a 400
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$book = function (string $start, int $et = 501) use ($emu) {
    $r = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => $start, 'eventTypeId' => $et,
        'attendee' => ['name' => 'Kunde', 'email' => 'kunde@example.com', 'timeZone' => 'Europe/Berlin']]);
    return $r['status'] === 201 ? $r['json']['data']['hosts'][0]['id'] : $r['status'] . ' ' . $r['json']['error']['message'];
};
// Four bookings at different times: 101, 102, 103, then 101 again.
foreach (['07:00', '08:00', '09:00', '10:00'] as $t) {
    echo $book("2050-09-05T{$t}:00Z"), "\n";
}
// The same slot three times: each host once, then nobody is free.
foreach ([1, 2, 3, 4] as $i) {
    echo $book('2050-09-06T07:00:00Z'), "\n";
}
// Outside working hours (Sunday; and 18:30 Berlin).
echo $book('2050-09-11T08:00:00Z'), "\n";
echo $book('2050-09-07T16:30:00Z'), "\n";
// The personal event type 503 is always Fabian's; his booking blocks him for team events.
echo $book('2050-09-08T07:00:00Z', 503), "\n";
echo $book('2050-09-08T07:00:00Z', 501), "\n";
?>
--EXPECT--
101
102
103
101
102
103
101
400 One of the hosts either already has booking at this time or is not available
400 One of the hosts either already has booking at this time or is not available
400 One of the hosts either already has booking at this time or is not available
101
102
