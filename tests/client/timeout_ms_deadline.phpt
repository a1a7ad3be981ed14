--TEST--
Client: timeout_ms is a deadline for the whole call, retries and waits included: a wait that would pass it is not taken, and the call ends with the last attempt's result
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
// A 429 whose reset (5 s) lies beyond the deadline (1 s) is returned at once, not waited out.
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 1, 'window_s' => 60, 'block_s' => 5]]);
$log = [];
$c = cbt_client($emu, ['timeout_ms' => 1000, 'logger' => cbt_logger($log)]);
$c->getBooking('a1');
$t = microtime(true);
$r = $c->getBooking('a2');
$elapsed = microtime(true) - $t;
echo 'single: ', $r->status(), ' retries ', $c->stats()['retries'], ' within 3 s: ', var_export($elapsed < 3.0, true), "\n";
echo 'retry entries: ', count(array_filter($log, fn($e) => str_contains($e[1], 'retrying'))), "\n";

// getBookingsByUid under the same deadline: what cannot start before it fails unsent.
$t = microtime(true);
$res = $c->getBookingsByUid(['b1', 'b2', 'b3'], 1);
$elapsed = microtime(true) - $t;
foreach ($res as $uid => $x) {
    echo $uid, ': ', $x instanceof Calbook\Response ? 'Response ' . $x->status()
        : get_class($x) . ' curl=' . $x->getCurlCode() . ' reached=' . var_export($x->mayHaveReachedServer(), true), "\n";
}
echo 'many within 3 s: ', var_export($elapsed < 3.0, true), "\n";

// Backoff retries stop at the deadline: 503 every time, max_retries 10, timeout_ms 700.
$emu2 = calbook_emulator_start();
$emu2->config(['faults' => [['match' => 'GET /v2/bookings/', 'count' => 0, 'type' => 'status', 'status' => 503]]]);
$c2 = cbt_client($emu2, ['timeout_ms' => 700, 'max_retries' => 10]);
$t = microtime(true);
$r = $c2->getBooking('x1');
$elapsed = microtime(true) - $t;
echo 'backoff: ', $r->status(), ' within 2 s: ', var_export($elapsed < 2.0, true), ' fewer than 11 attempts: ',
    var_export($c2->stats()['requests'] < 11, true), "\n";
?>
--EXPECT--
single: 429 retries 0 within 3 s: true
retry entries: 0
b1: Response 429
b2: Calbook\TransportException curl=28 reached=false
b3: Calbook\TransportException curl=28 reached=false
many within 3 s: true
backoff: 503 within 2 s: true fewer than 11 attempts: true
