--TEST--
HostMapper::extractHost(): flat MEETING_ENDED body: user next to triggerEvent
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_meeting_ended.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
array (
  'id' => 101,
  'email' => 'fabian@salon-demo.test',
  'name' => 'Fabian Spitzer',
  'username' => 'fabian',
  'timeZone' => 'Europe/Berlin',
  'source' => 'user',
)
