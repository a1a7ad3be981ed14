--TEST--
Module: the classes are final, refuse clone, serialize and unserialize
--EXTENSIONS--
calbook
--FILE--
<?php
$r = new Calbook\Response(200);
foreach ([
    fn() => serialize($r),
    fn() => unserialize('O:16:"Calbook\Response":0:{}'),
    fn() => unserialize('O:14:"Calbook\Client":0:{}'),
    fn() => unserialize('O:18:"Calbook\HostMapper":0:{}'),
    fn() => clone $r,
    fn() => new Calbook\Webhook(),
] as $f) {
    try { $f(); echo "allowed\n"; }
    catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
foreach (['Calbook\Client', 'Calbook\Response', 'Calbook\HostMapper', 'Calbook\Webhook'] as $c) {
    echo $c, ' final=', var_export((new ReflectionClass($c))->isFinal(), true), "\n";
}
?>
--EXPECTF--
Exception: Serialization of 'Calbook\Response' is not allowed
Exception: Unserialization of 'Calbook\Response' is not allowed
Exception: Unserialization of 'Calbook\Client' is not allowed
Exception: Unserialization of 'Calbook\HostMapper' is not allowed
Error: Trying to clone an uncloneable object of class Calbook\Response
Error: Call to private Calbook\Webhook::__construct() from global scope
Calbook\Client final=true
Calbook\Response final=true
Calbook\HostMapper final=true
Calbook\Webhook final=true
