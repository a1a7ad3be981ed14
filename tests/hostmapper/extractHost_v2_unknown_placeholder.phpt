--TEST--
HostMapper::extractHost(): the "unknown" placeholder host is no host
--EXTENSIONS--
calbook
--FILE--
<?php
$doc = json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_unknown_placeholder.json'), true);
var_export(Calbook\HostMapper::extractHost($doc));
?>
--EXPECT--
NULL
