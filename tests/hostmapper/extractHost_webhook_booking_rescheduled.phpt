--TEST--
HostMapper::extractHost(): BOOKING_RESCHEDULED webhook envelope: payload.organizer
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_rescheduled.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 102,
  'email' => 'juergen@salon-demo.test',
  'name' => 'Jürgen Müller',
  'username' => 'juergen',
  'timeZone' => 'Europe/Berlin',
  'source' => 'payload.organizer',
)
