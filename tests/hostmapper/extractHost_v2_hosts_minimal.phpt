--TEST--
HostMapper::extractHost(): hosts with only {id, name, timeZone} (2024 production shape): missing fields are null
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_hosts_minimal.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 103,
  'email' => NULL,
  'name' => 'Anna Schmidt',
  'username' => NULL,
  'timeZone' => 'Europe/Berlin',
  'source' => 'data.hosts',
)
