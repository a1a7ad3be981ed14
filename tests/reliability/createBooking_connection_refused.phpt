--TEST--
Fault matrix: createBooking to a refused port fails as not sent, retried (it never left)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$c = rel_client('http://127.0.0.1:' . rel_refused_port() . '/v2');
rel_outcome(fn () => $c->createBooking(rel_booking()), $c);
?>
--EXPECT--
Calbook\TransportException curl=7 reached=false attempts=3
