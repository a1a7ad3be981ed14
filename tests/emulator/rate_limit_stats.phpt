--TEST--
stats(): rate_limited counts the 429s of the rate limit, rate_limit_blocks lists each block {start, until}; the request log names the User-Agent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 2, 'window_s' => 60, 'block_s' => 30]]);
$h = $emu->headers('bookings') + ['User-Agent' => 'worker-3'];
$before = microtime(true);
for ($i = 0; $i < 4; $i++) {
    $emu->request('GET', '/bookings', $h);
}
$s = $emu->stats();
echo 'rate_limited ', $s['rate_limited'], ', blocks ', count($s['rate_limit_blocks']), "\n";
$b = $s['rate_limit_blocks'][0];
echo 'block of 30 s from the third request: ', var_export(abs($b['until'] - $b['start'] - 30) < 0.01 && $b['start'] >= $before - 0.01 && abs($b['start'] - $s['requests'][2]['time']) < 0.01, true), "\n";
echo implode(' ', array_map(fn ($r) => $r['user_agent'] . ':' . $r['status'], $s['requests'])), "\n";
// A 404 or another error is not a rate-limit answer; reset clears both.
$emu->config(['rate_limit' => ['limit' => 0]]);
$emu->request('GET', '/bookings/nope', $h);
echo 'after a 404: ', $emu->stats()['rate_limited'], "\n";
$emu->reset();
$s = $emu->stats();
echo 'after reset: ', $s['rate_limited'], ' ', count($s['rate_limit_blocks']), "\n";
?>
--EXPECT--
rate_limited 2, blocks 1
block of 30 s from the third request: true
worker-3:200 worker-3:200 worker-3:429 worker-3:429
after a 404: 2
after reset: 0 0
