--TEST--
calbook loads and reports its version
--EXTENSIONS--
calbook
--FILE--
<?php
var_dump(extension_loaded('calbook'));
var_dump(phpversion('calbook') === '0.1.0');
foreach (['Calbook\Client', 'Calbook\Response', 'Calbook\HostMapper', 'Calbook\Webhook'] as $c) {
    $r = new ReflectionClass($c);
    echo $c, ': final=', var_export($r->isFinal(), true), ' cloneable=', var_export($r->isCloneable(), true), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
Calbook\Client: final=true cloneable=false
Calbook\Response: final=true cloneable=false
Calbook\HostMapper: final=true cloneable=false
Calbook\Webhook: final=true cloneable=false
