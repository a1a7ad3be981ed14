<?php
/*
 * The multi-process test of the shared rate-limit budget (scripts/budget-test.sh runs it).
 *
 *   php tests/budget/lib/test.php [--bookings=1000] [--workers=8] [--limit=120] [--window=6] [--block=6]
 *
 * 1. "shared budget": 8 backfill processes fetch 1,000 bookings (priority batch) while a live
 *    process books once a second (priority live), all through RedisRateLimiter on one
 *    redis-server and one API key. Asserts: no 429 and no block, every booking fetched and equal
 *    to the stored one, every live booking created exactly once, no process crashed. Prints the
 *    figures (latency and backfill time are printed, not asserted).
 * 2. "redis-server killed": the same, redis-server SIGKILLed midway. Asserts: the limiters fell
 *    back (each logged it), no process crashed, every booking fetched and equal to the stored
 *    one, every live attempt either created exactly once or failed with a typed Calbook
 *    exception and created nothing.
 * Last line: "N passed, N failed"; the exit code is non-zero when a check failed.
 */

declare(strict_types=1);

require __DIR__ . '/scenario.php';

$opt = getopt('', ['bookings:', 'workers:', 'limit:', 'window:', 'block:']);
$base = [
    'bookings' => (int) ($opt['bookings'] ?? 1000),
    'workers' => (int) ($opt['workers'] ?? 8),
    'rate_limit' => ['limit' => (int) ($opt['limit'] ?? 120), 'window_s' => (int) ($opt['window'] ?? 6), 'block_s' => (int) ($opt['block'] ?? 6)],
    'limiter' => 'redis',
];
foreach (['redis-server' => is_executable('/usr/bin/redis-server'), 'phpredis' => extension_loaded('redis'), 'calbook.so' => is_file(budget_defaults()['so'])] as $what => $ok) {
    if (!$ok) {
        fwrite(STDERR, "budget: $what is missing (scripts/budget-test.sh installs and builds what is needed)\n");
        echo "0 passed, 1 failed\n";
        exit(1);
    }
}

$passed = 0;
$failed = 0;
$report = static function (array $r, array $extra) use (&$passed, &$failed): void {
    budget_print($r);
    foreach ($r['checks'] + $extra as $what => [$ok, $detail]) {
        echo '   ', $ok ? 'ok   ' : 'FAIL ', $what, $detail !== '' ? " ($detail)" : '', "\n";
        $ok ? $passed++ : $failed++;
    }
    echo "\n";
};

$t = microtime(true);
$r = budget_run('shared budget', $base);
$report($r, [
    'no 429 with the shared limiter' => [$r['429'] === 0, $r['429'] . ' answered 429'],
    'the key was never blocked' => [$r['blocks'] === 0, $r['blocks'] . ' blocks'],
    'every live booking created' => [$r['live_attempts'] > 0 && $r['live_created'] === $r['live_attempts'], $r['live_created'] . ' of ' . $r['live_attempts']],
]);

// Redis dies about halfway through the backfill's expected time.
$killAfter = round(0.45 * ($r['minimum_s'] ?? 60), 1);
$k = budget_run('redis-server killed', $base + ['kill_redis_after_s' => $killAfter]);
$silent = [];
foreach ($k['rows'] as $name => $row) {
    if ($row['fell_back'] === 0 && ($row['wall_s'] ?? 0) > $killAfter + 3) {
        $silent[] = $name;
    }
}
$report($k, [
    'redis-server was killed midway' => [$k['redis_killed_after_s'] !== null && $k['backfill_s'] > $k['redis_killed_after_s'], 'after ' . budget_fmt($k['redis_killed_after_s']) . ' s'],
    'every process still running after the kill logged its fallback' => [$silent === [], $silent ? 'silent: ' . implode(', ', $silent) : ''],
]);
printf("took %.0f s\n", microtime(true) - $t);
echo "$passed passed, $failed failed\n";
exit($failed === 0 && $passed > 0 ? 0 : 1);
