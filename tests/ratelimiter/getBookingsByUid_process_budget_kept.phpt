--TEST--
RateLimiter: with a limiter that always grants, getBookingsByUid() still keeps to the X-RateLimit-Remaining-* budget of the answers (no 429 provoked); the limiter observes every answer
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 3, 'window_s' => 1, 'block_s' => 5]]);
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l, 'max_retries' => 3]);
$res = $c->getBookingsByUid(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'], 2);
foreach ($res as $uid => $r) echo $uid, ' ', $r->status(), "\n";
echo 'statuses seen: ', implode(' ', array_unique(array_column($emu->stats()['requests'], 'status'))), "\n";
$obs = array_values(array_filter($l->calls, fn ($c) => $c[0] === 'observe'));
echo 'acquires=', count($l->calls) - count($obs), ' observes=', count($obs), ' limits=', implode(',', array_unique(array_column($obs, 4))), "\n";
?>
--EXPECT--
u1 404
u2 404
u3 404
u4 404
u5 404
u6 404
u7 404
statuses seen: 404
acquires=7 observes=7 limits=3
