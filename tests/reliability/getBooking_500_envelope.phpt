--TEST--
Fault matrix: a 500 in Cal.com's envelope is returned, not retried; throw() gives ApiException
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 500, 'shape' => 'envelope']]]);
$c = rel_client($emu->baseUrl);
$r = rel_outcome(fn () => $c->getBooking('abc123'), $c, $emu);
try { $r->throw(); } catch (Calbook\ApiException $e) { echo get_class($e), ' ', $e->getStatus(), ' ', $e->getErrorCode(), ' ', $e->getRequestId() !== null ? 'request-id' : 'none', "\n"; }
?>
--EXPECT--
Response 500 attempts=1 seen=1 bookings=0
Calbook\ApiException 500 InternalServerErrorException request-id
