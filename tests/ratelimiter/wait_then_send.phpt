--TEST--
RateLimiter: acquire() answering N ms makes the client wait N ms and ask again, then send; the wait is in stats() and in the log
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$l = new RecordingLimiter;
$log = [];
$times = [];
$l->answers = [
    function () use (&$times) { $times[] = microtime(true); return 300; },
    function () use (&$times) { $times[] = microtime(true); return 200; },
    function () use (&$times) { $times[] = microtime(true); return 0; },
];
$c = cbt_client($emu, ['rate_limiter' => $l, 'logger' => cbt_logger($log)]);
$r = $c->getBooking('w1');
echo $r->status(), "\n";
echo implode("\n", array_slice($l->summary(), 0, 3)), "\n";
// Asked again only after each wait; the request went out after the last grant.
var_dump($times[1] - $times[0] >= 0.29, $times[2] - $times[1] >= 0.19);
$sent = $emu->stats()['requests'];
var_dump(count($sent), $sent[0]['time'] >= round($times[2], 3) - 0.002);
var_dump($c->stats()['rate_limiter_wait_ms']);
foreach ($log as [$level, $msg, $ctx]) {
    if (str_contains($msg, 'budget')) echo "$level $msg wait_ms={$ctx['wait_ms']} priority={$ctx['priority']}\n";
}
?>
--EXPECT--
404
acquire live cost=1
acquire live cost=1
acquire live cost=1
bool(true)
bool(true)
int(1)
bool(true)
int(500)
info calbook: GET /v2/bookings/{uid} waits 300 ms for the shared rate-limit budget wait_ms=300 priority=live
info calbook: GET /v2/bookings/{uid} waits 200 ms for the shared rate-limit budget wait_ms=200 priority=live
