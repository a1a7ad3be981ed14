--TEST--
Fault matrix: createBooking answered 429 is returned, not resent; throw() gives RateLimitException
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 1, 'window_s' => 60, 'block_s' => 30]]);
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->createBooking(rel_booking(0)), $c, $emu);
$r = rel_outcome(fn () => $c->createBooking(rel_booking(1)), $c, $emu);
try { $r->throw(); } catch (Calbook\RateLimitException $e) { echo get_class($e), ' retryAfter=', $e->getRetryAfter(), "\n"; }
?>
--EXPECT--
Response 201 attempts=1 seen=1 bookings=1
Response 429 attempts=1 seen=1 bookings=1
Calbook\RateLimitException retryAfter=30
