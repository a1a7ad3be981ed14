--TEST--
Fault matrix: a body trickling in past timeout_ms times out
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl, ['timeout_ms' => 500, 'max_retries' => 0]);
$uid = $c->createBooking(rel_booking())->json('data.uid');
$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'slow_body', 'delay_ms' => 200, 'chunk_bytes' => 16]]]);
rel_outcome(fn () => $c->getBooking($uid), $c, $emu);
?>
--EXPECT--
Calbook\TransportException curl=28 reached=true attempts=1 seen=1 bookings=1
