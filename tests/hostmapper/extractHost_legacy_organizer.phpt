--TEST--
HostMapper::extractHost(): legacy organizer
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/legacy_organizer.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 101,
  'email' => 'fabian@salon-demo.test',
  'name' => 'Fabian Spitzer',
  'username' => NULL,
  'timeZone' => 'Europe/Berlin',
  'source' => 'data.organizer',
)
