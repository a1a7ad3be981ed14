--TEST--
HostMapper::extractHost(): userId alone, numeric string becomes int
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/legacy_user_id.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 103,
  'email' => NULL,
  'name' => NULL,
  'username' => NULL,
  'timeZone' => NULL,
  'source' => 'userId',
)
