--TEST--
HostMapper::extractHost(): BOOKING_CANCELLED webhook envelope: payload.organizer
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_cancelled.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 101,
  'email' => 'fabian@salon-demo.test',
  'name' => 'Fabian Spitzer',
  'username' => 'fabian',
  'timeZone' => 'Europe/Berlin',
  'source' => 'payload.organizer',
)
