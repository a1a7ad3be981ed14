--TEST--
Fault matrix: the raw {statusCode, message} 500 is returned once; throw() gives ApiException with the message
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
$c = rel_client($emu->baseUrl);
$r = rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
try { $r->throw(); } catch (Calbook\ApiException $e) { echo get_class($e), ' ', $e->getStatus(), ' ', var_export($e->getErrorCode(), true), ' ', preg_replace('/request id [0-9a-f-]+/', 'request id R', $e->getMessage()), "\n"; }
?>
--EXPECT--
Response 500 attempts=1 seen=1 bookings=0
Calbook\ApiException 500 NULL Cal.com API error: HTTP 500: Internal server error [request id R]
