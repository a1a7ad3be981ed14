--TEST--
Exceptions: every class, its parent and the Calbook\Exception marker
--EXTENSIONS--
calbook
--FILE--
<?php
$classes = ['Calbook\InvalidArgumentException', 'Calbook\RuntimeException', 'Calbook\TransportException',
    'Calbook\ApiException', 'Calbook\RateLimitException', 'Calbook\NotFoundException',
    'Calbook\InvalidResponseException', 'Calbook\SignatureException'];
$i = new ReflectionClass('Calbook\Exception');
echo 'Calbook\Exception: interface=', var_export($i->isInterface(), true), ' extends Throwable=', var_export($i->isSubclassOf('Throwable'), true), "\n";
foreach ($classes as $c) {
    $r = new ReflectionClass($c);
    echo $c, ' < ', $r->getParentClass()->getName(), ' marker=', var_export($r->implementsInterface('Calbook\Exception'), true), "\n";
}
try { throw new Calbook\NotFoundException('x'); }
catch (Calbook\Exception $e) { echo 'caught as marker: ', get_class($e), "\n"; }
try { throw new Calbook\InvalidArgumentException('bad'); }
catch (InvalidArgumentException $e) { echo 'caught as SPL InvalidArgumentException: ', $e->getMessage(), "\n"; }
try { throw new Calbook\TransportException('down'); }
catch (RuntimeException $e) { echo 'caught as SPL RuntimeException: ', get_class($e), "\n"; }
?>
--EXPECT--
Calbook\Exception: interface=true extends Throwable=true
Calbook\InvalidArgumentException < InvalidArgumentException marker=true
Calbook\RuntimeException < RuntimeException marker=true
Calbook\TransportException < Calbook\RuntimeException marker=true
Calbook\ApiException < Calbook\RuntimeException marker=true
Calbook\RateLimitException < Calbook\ApiException marker=true
Calbook\NotFoundException < Calbook\ApiException marker=true
Calbook\InvalidResponseException < Calbook\RuntimeException marker=true
Calbook\SignatureException < Calbook\RuntimeException marker=true
caught as marker: Calbook\NotFoundException
caught as SPL InvalidArgumentException: bad
caught as SPL RuntimeException: Calbook\TransportException
