--TEST--
Fault matrix: createBooking whose connect times out is retried (provably never sent)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
[$port, $hold] = rel_full_backlog_port();
$c = rel_client("http://127.0.0.1:$port/v2", ['connect_timeout_ms' => 300, 'max_retries' => 1]);
rel_outcome(fn () => $c->createBooking(rel_booking()), $c);
?>
--EXPECT--
Calbook\TransportException curl=28 reached=false attempts=2
