--TEST--
HostMapper::HostMapper: not serializable, not clonable
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([]);
try { serialize($m); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { clone $m; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
Exception: Serialization of 'Calbook\HostMapper' is not allowed
Error: Trying to clone an uncloneable object of class Calbook\HostMapper
