--TEST--
HTTP/2: a kept-alive HTTP/2 connection that nginx closed while idle (keepalive_timeout 1 s) is not used again: the next GET and the next create go out on a new connection, succeed at once (no retry) and the booking is made once
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu, ['keepalive_timeout_s' => 1]);
$uids = h2t_seed($emu, 1);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile, 'persistent' => false]);
echo $c->getBooking($uids[0])->status(), "\n";
usleep(1600000); // nginx closes the idle connection
echo $c->getBooking($uids[0])->status(), "\n";
usleep(1600000);
$r = $c->createBooking(['eventTypeId' => 501, 'start' => '2030-01-08T09:00:00Z', 'name' => 'Erika Mustermann',
    'email' => 'erika@example.org', 'timeZone' => 'Europe/Berlin']);
echo $r->status(), "\n";
$st = $c->stats();
echo $st['requests'], ' requests, ', $st['connections_opened'], ' connections opened, ', $st['retries'], " retries\n";
echo $emu->stats()['bookings_created'], " bookings created\n";
$log = $front->log(3);
echo count($log), ' requests on ', CalbookFront::connections($log), ' connections, ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";
?>
--EXPECT--
200
200
201
3 requests, 3 connections opened, 0 retries
2 bookings created
3 requests on 3 connections, HTTP/2.0
