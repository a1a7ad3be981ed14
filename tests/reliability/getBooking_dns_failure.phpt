--TEST--
Fault matrix: a name that does not resolve (.invalid) fails fast as not sent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$c = rel_client('https://calbook-test.invalid/v2');
rel_outcome(fn () => $c->getBooking('abc123'), $c);
?>
--EXPECT--
Calbook\TransportException curl=6 reached=false attempts=3
