--TEST--
GET /v2/bookings filters: status, attendeeEmail, attendeeName, bookingUid, eventTypeId(s), teamId/teamsIds, dates, sort
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$uids = [];
foreach ([[501, '07', 'anna.k@example.com', 'Anna Kunde'], [502, '08', 'bert@example.com', 'Bert Beispiel'], [503, '09', 'anna.k@example.com', 'Anna Kunde']] as [$et, $hh, $mail, $name]) {
    $r = $emu->request('POST', '/bookings', $h, ['start' => "2050-09-05T$hh:00:00Z", 'eventTypeId' => $et,
        'attendee' => ['name' => $name, 'email' => $mail, 'timeZone' => 'Europe/Berlin']]);
    $uids[] = $r['json']['data']['uid'];
}
$emu->request('POST', "/bookings/{$uids[1]}/cancel", $h, ['cancellationReason' => 'krank']);
$ids = function (string $q) use ($emu, $h) {
    $r = $emu->request('GET', '/bookings' . $q, $h);
    if ($r['status'] !== 200) {
        return $r['status'];
    }
    return implode(',', array_map(fn ($d) => $d['eventTypeId'], $r['json']['data']));
};
echo $ids('?status=upcoming'), "\n";
echo $ids('?status=cancelled'), "\n";
echo $ids('?status=upcoming,cancelled'), "\n";
echo $ids('?status=past'), "\n";
echo $ids('?attendeeEmail=ANNA.K@example.com'), "\n";
echo $ids('?attendeeName=bert'), "\n";
echo $ids('?bookingUid=' . $uids[2]), "\n";
echo $ids('?eventTypeId=502'), "\n";
echo $ids('?eventTypeIds=501,503'), "\n";
echo $ids('?teamId=42'), "\n";
echo $ids('?teamsIds=42,43'), "\n";
echo $ids('?afterStart=2050-09-05T08:00:00Z'), "\n";
echo $ids('?beforeEnd=2050-09-05T08:30:00Z'), "\n";
echo $ids('?sortStart=desc'), "\n";
echo $ids('?afterCreatedAt=2000-01-01'), "\n";
echo $ids('?beforeCreatedAt=2000-01-01'), "\n";
echo $ids('?status=soon'), "\n";
?>
--EXPECT--
501,503
502
501,502,503

501,503
502
503
502
501,503
501,502
501,502
502,503
501
503,502,501
501,502,503

400
