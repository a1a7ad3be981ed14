--TEST--
HostMapper::extractHost(): the legacy create response {id, uid, status} has no host
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/legacy_create_no_host.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
NULL
