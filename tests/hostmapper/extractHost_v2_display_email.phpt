--TEST--
HostMapper::extractHost(): displayEmail is the email
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_display_email.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 211,
  'email' => 'lena@salon-demo.test',
  'name' => 'Lena Weiß',
  'username' => 'lena-clxk2v9a80000abcd1234efgh',
  'timeZone' => 'Europe/Berlin',
  'source' => 'data.hosts',
)
