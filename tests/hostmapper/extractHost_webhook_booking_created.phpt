--TEST--
HostMapper::extractHost(): BOOKING_CREATED webhook envelope: payload.organizer
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_created.json'), true);
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
