--TEST--
Fault matrix: a create on a kept-alive connection that closes after the create was applied is not resent (libcurl's own resend of the body is refused)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl);
rel_outcome(fn () => $c->getBooking('warm-up-connection'), $c, $emu);
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'close_before_response', 'apply' => true]]]);
$e = rel_outcome(fn () => $c->createBooking(rel_booking()), $c, $emu);
echo str_contains($e->getMessage(), 'the booking may have been created') ? "message says the booking may exist\n" : $e->getMessage() . "\n";
$reqs = $emu->stats()['requests'];
echo 'same connection: ', var_export($reqs[0]['connection_id'] === $reqs[1]['connection_id'], true), "\n";
?>
--EXPECT--
Response 404 attempts=1 seen=1 bookings=0
Calbook\TransportException curl=65 reached=true attempts=1 seen=1 bookings=1
message says the booking may exist
same connection: true
