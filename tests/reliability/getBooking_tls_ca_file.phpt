--TEST--
Fault matrix: the same self-signed certificate is accepted with ca_file, on one kept-alive connection
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
[$dir, $cert, $key] = rel_self_signed();
$srv = rel_canned_server([$cert, $key]);
/* Generous timeouts: a TLS handshake under valgrind takes seconds. */
$c = rel_client('https://127.0.0.1:' . $srv['port'] . '/v2', ['ca_file' => $cert, 'connect_timeout_ms' => 60000, 'timeout_ms' => 120000]);
$r = rel_outcome(fn () => $c->getBooking('abc123'), $c);
echo $r->json('data.hosts.0.email'), "\n";
rel_outcome(fn () => $c->createBooking(rel_booking()), $c);
echo 'connections=', $c->stats()['connections_opened'], "\n";
?>
--EXPECT--
Response 200 attempts=1
juergen@salon-demo.test
Response 201 attempts=1
connections=1
