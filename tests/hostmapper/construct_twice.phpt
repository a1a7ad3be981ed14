--TEST--
HostMapper::__construct(): calling the constructor again is refused and the mapper keeps working
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([['id' => 1, 'name' => 'A B']]);
try { $m->__construct([]); } catch (Calbook\RuntimeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new Calbook\HostMapper([['id' => []]]); } catch (Calbook\InvalidArgumentException $e) { echo get_class($e), "\n"; }
var_dump($m->resolve(['name' => 'a b'])['staff_id']);
?>
--EXPECT--
Calbook\RuntimeException: Calbook\HostMapper is already constructed
Calbook\InvalidArgumentException
int(1)
