--TEST--
HostMapper::extractHost(): legacy user object, id from userId
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/legacy_user.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 102,
  'email' => 'juergen@salon-demo.test',
  'name' => 'Jürgen Müller',
  'username' => 'juergen',
  'timeZone' => 'Europe/Berlin',
  'source' => 'data.user',
)
