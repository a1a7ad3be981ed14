--TEST--
HostMapper::extractHost(): a recurring booking list in the envelope: data[0].hosts
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_recurring_wrapped.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 101,
  'email' => 'fabian@salon-demo.test',
  'name' => 'Fabian Spitzer',
  'username' => 'fabian',
  'timeZone' => 'Europe/Berlin',
  'source' => 'data[0].hosts',
)
