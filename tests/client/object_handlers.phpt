--TEST--
Client: final, not cloneable, not serializable, not comparable
--EXTENSIONS--
calbook
--FILE--
<?php
$c = new Calbook\Client('cal_k');
echo cbt(fn() => clone $c), "\n";
echo cbt(fn() => serialize($c)), "\n";
echo cbt(fn() => unserialize('O:14:"Calbook\Client":0:{}')), "\n";
echo cbt(fn() => $c == new Calbook\Client('cal_k')), "\n";
var_dump((new ReflectionClass($c))->isFinal());
function cbt($f) { try { $r = $f(); return 'allowed ' . var_export($r, true); } catch (Throwable $e) { return get_class($e) . ': ' . $e->getMessage(); } }
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class Calbook\Client
Exception: Serialization of 'Calbook\Client' is not allowed
Exception: Unserialization of 'Calbook\Client' is not allowed
allowed false
bool(true)
