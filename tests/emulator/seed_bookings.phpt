--TEST--
POST /__emulator/bookings: 1,000 bookings at once by round robin (no overlap per host, working hours only, not counted, not rate limited); bad input is a 400
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 5, 'window_s' => 60, 'block_s' => 60]]);
$uids = $emu->seedBookings(1000);
echo count($uids), ' uids, ', count(array_unique($uids)), " distinct\n";
$bookings = $emu->bookings();
$byHost = [];
$outside = 0;
foreach ($bookings as $b) {
    $byHost[$b['userId']][] = [$b['start'], $b['end']];
    $local = (new DateTimeImmutable('@' . $b['start']))->setTimezone(new DateTimeZone('Europe/Berlin'));
    $h = (int) $local->format('G');
    if ($local->format('N') === '7' || $h < 9 || $b['end'] - $b['start'] !== 1800 || $h > 17 || $b['eventTypeId'] !== 501 || $b['status'] !== 'accepted') {
        $outside++;
    }
}
ksort($byHost);
$overlaps = 0;
foreach ($byHost as $host => $spans) {
    sort($spans);
    for ($i = 1; $i < count($spans); $i++) {
        $overlaps += $spans[$i][0] < $spans[$i - 1][1] ? 1 : 0;
    }
    echo "host $host: ", count($spans), "\n";
}
echo "overlaps $overlaps, outside working hours or wrong shape $outside\n";
$first = $bookings[0];
echo gmdate('Y-m-d\TH:i', $first['start']), ' ', $first['attendees'][0]['name'], ' ', $first['metadata']['seed'], "\n";
$s = $emu->stats();
echo 'created ', $s['bookings_created'], ', stored ', $s['bookings'], ', requests ', $s['request_count'], "\n";

// The seeded bookings are real: a client reads one, and a create still finds the next free host.
$c = new Calbook\Client($emu->apiKey, ['base_url' => $emu->baseUrl]);
$r = $c->getBooking($uids[999])->throw();
echo $r->json('data.uid') === $uids[999] ? 'get ok' : 'get WRONG', ' ', $r->json('data.attendees.0.email'), "\n";
$r = $c->createBooking(['eventTypeId' => 501, 'start' => '2050-09-05T07:00:00Z',
    'attendee' => ['name' => 'Max', 'email' => 'max@example.org', 'timeZone' => 'Europe/Berlin']]);
echo 'create at a full slot: ', $r->status(), "\n";

// A second call goes on after the first: the 3 hosts are booked from 2050-09-05 on, so a new
// booking from the same time lands after the last one.
$more = $emu->seedBookings(2, ['eventTypeId' => 502, 'from' => '2050-09-05T07:00:00Z']);
$all = array_column($emu->bookings(), null, 'uid');
echo count($more), ' more, ', $all[$more[0]]['eventTypeId'], ', after the others: ', var_export($all[$more[0]]['start'] >= $all[$uids[997]]['end'] - 1800, true), "\n";

foreach ([['count' => 0], ['count' => '5'], ['count' => 1, 'eventTypeId' => 999], ['count' => 1, 'from' => 'tomorrow'], 'x'] as $bad) {
    try {
        $conn = $emu->connect();
        $r = $conn->request('POST', '/__emulator/bookings', [], is_array($bad) ? $bad : $bad, false);
        echo $r['status'], ' ', $r['json']['error'] ?? $r['body'], "\n";
    } finally {
        $conn->close();
    }
}
echo 'stored at the end ', $emu->stats()['bookings'], "\n";
?>
--EXPECT--
1000 uids, 1000 distinct
host 101: 334
host 102: 333
host 103: 333
overlaps 0, outside working hours or wrong shape 0
2050-09-05T07:00 Seed Customer 1 1
created 0, stored 1000, requests 0
get ok seed-1000@example.org
create at a full slot: 400
2 more, 502, after the others: true
400 count must be an int from 1 to 100000
400 count must be an int from 1 to 100000
400 eventTypeId must name an event type with hosts
400 from must be an ISO 8601 time in UTC
400 the body must be a JSON object
stored at the end 1002
