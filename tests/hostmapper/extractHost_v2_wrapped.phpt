--TEST--
HostMapper::extractHost(): a v2 booking in the {status, data} envelope: data.hosts
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_wrapped.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 102,
  'email' => 'juergen@salon-demo.test',
  'name' => 'Jürgen Müller',
  'username' => 'juergen',
  'timeZone' => 'Europe/Berlin',
  'source' => 'data.hosts',
)
