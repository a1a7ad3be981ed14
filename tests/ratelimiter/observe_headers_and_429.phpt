--TEST--
RateLimiter: observe() gets the X-RateLimit-*-Default values the emulator sent (limit, remaining, reset seconds), also on a 429; null when the answer has none
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 2, 'window_s' => 60, 'block_s' => 30]]);
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l, 'max_retries' => 0]);
$c->getBooking('a1');
$c->getBooking('a2');
$r = $c->getBooking('a3'); // over the limit: 429, blocked for 30 s
echo $r->status(), "\n";
foreach ($l->calls as $call) {
    if ($call[0] === 'observe') {
        [, , $prio, $status, $limit, $remaining, $reset] = $call;
        // The window's reset counts down from 60 while the test runs.
        echo "$prio $status limit=$limit remaining=$remaining reset=", $status === 429 ? $reset : ($reset >= 55 && $reset <= 60 ? 'about 60' : $reset), "\n";
    }
}
// The values observe() got are the ones in the answers' headers.
$last = end($l->calls);
var_dump($last[4] === (int) $r->header('X-RateLimit-Limit-Default'), $last[5] === (int) $r->header('X-RateLimit-Remaining-Default'),
    $last[6] === (int) $r->header('X-RateLimit-Reset-Default'));

// Without the headers: nulls.
$l->calls = [];
$emu2 = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);
$c2 = cbt_client($emu2, ['rate_limiter' => $l]);
$c2->getBooking('a4');
echo implode("\n", $l->summary()), "\n";
?>
--EXPECT--
429
live 404 limit=2 remaining=1 reset=about 60
live 404 limit=2 remaining=0 reset=about 60
live 429 limit=2 remaining=0 reset=30
bool(true)
bool(true)
bool(true)
acquire live cost=1
observe live 404 null null null
