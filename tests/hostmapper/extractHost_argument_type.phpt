--TEST--
HostMapper::extractHost(): a non-array argument is a TypeError
--EXTENSIONS--
calbook
--FILE--
<?php
try { Calbook\HostMapper::extractHost('{"hosts":[]}'); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
TypeError: Calbook\HostMapper::extractHost(): Argument #1 ($bookingOrPayload) must be of type array, string given
