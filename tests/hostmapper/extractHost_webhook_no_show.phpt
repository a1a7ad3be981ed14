--TEST--
HostMapper::extractHost(): BOOKING_NO_SHOW_UPDATED carries no host
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_no_show.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
NULL
