--TEST--
fault status: applies to the next N requests matching "METHOD /v2/prefix" only; nothing is booked by a faulted create
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 2, 'type' => 'status', 'status' => 502, 'shape' => 'envelope']]]);
$h = $emu->headers('bookings');
$body = ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
echo $emu->request('GET', '/bookings', $h)['status'], "\n";      // GET does not match
echo $emu->request('POST', '/bookings', $h, $body)['status'], "\n";
echo count($emu->stats()['faults_pending']), "\n";
echo $emu->request('POST', '/bookings', $h, $body)['status'], "\n";
echo $emu->request('POST', '/bookings', $h, $body)['status'], "\n";
echo $emu->stats()['bookings_created'], "\n";
// "$" anchors the path: /v2/bookings$ does not match /v2/bookings/{uid}/cancel.
$uid = $emu->request('GET', '/bookings', $h)['json']['data'][0]['uid'];
$emu->config(['faults' => [['match' => 'POST /v2/bookings$', 'count' => 1, 'type' => 'status', 'status' => 500]]]);
echo $emu->request('POST', "/bookings/$uid/cancel", $h, [])['status'], "\n";
echo count($emu->stats()['faults_pending']), "\n";
?>
--EXPECT--
200
502
1
502
201
1
200
1
