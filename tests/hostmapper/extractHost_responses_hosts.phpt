--TEST--
HostMapper::extractHost(): responses.hosts[0]
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/responses_hosts.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 103,
  'email' => 'anna@salon-demo.test',
  'name' => 'Anna Schmidt',
  'username' => NULL,
  'timeZone' => 'Europe/Berlin',
  'source' => 'responses.hosts',
)
