--TEST--
HostMapper::extractHost(): arrays holding references are read through
--EXTENSIONS--
calbook
--FILE--
<?php
$host = ['id' => '205', 'name' => 'Ref Erenz', 'email' => 'ref@salon-demo.test'];
$hosts = [&$host];
$b = ['hosts' => &$hosts];
var_export(Calbook\HostMapper::extractHost($b));
?>
--EXPECT--
array (
  'id' => 205,
  'email' => 'ref@salon-demo.test',
  'name' => 'Ref Erenz',
  'username' => NULL,
  'timeZone' => NULL,
  'source' => 'hosts',
)
