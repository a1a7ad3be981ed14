--TEST--
Fault matrix: a self-signed certificate is refused (TLS verification on), as not sent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
[$dir, $cert, $key] = rel_self_signed();
$srv = rel_canned_server([$cert, $key]);
/* Generous timeouts: a TLS handshake under valgrind takes seconds. */
$c = rel_client('https://127.0.0.1:' . $srv['port'] . '/v2', ['connect_timeout_ms' => 60000, 'timeout_ms' => 120000]);
rel_outcome(fn () => $c->getBooking('abc123'), $c);
?>
--EXPECT--
Calbook\TransportException curl=60 reached=false attempts=1
