<?php
/*
 * The shared rate-limit budget benchmark (bash bench/run.sh --only=budget runs it; alone:
 * php bench/budget.php [--bookings=1000] [--workers=8] [--idle=150] [--live-per-s=3] [--latency-ms=150]).
 *
 * Three runs of the multi-process scenario of tests/budget/ (emulator rate limit 120 per 6 s,
 * block 6 s), one after the other in one invocation, each with the same live rate (3 bookings a
 * second, so that p99 is a percentile) and the same added server latency per answer (150 ms, the
 * emulator serving other connections meanwhile, as Cal.com does):
 *   idle        the live process alone (--idle bookings): the latency baseline
 *   no limiter  8 backfill processes (1,000 bookings) and the live process, each on its own
 *               (rate_limiter null: today's per-process behaviour)
 *   shared      the same through RedisRateLimiter on one redis-server (batch_share 0.7)
 * Prints a markdown table (429s, blocked seconds, live p50/p99, backfill time against the
 * theoretical minimum: bookings / the batch rate allowed) and the goals met or missed, then
 * every process's figures. CALBOOK_SO names the build (default modules/calbook.so).
 */

declare(strict_types=1);

require __DIR__ . '/../tests/budget/lib/scenario.php';

$opt = getopt('', ['bookings:', 'workers:', 'idle:', 'live-per-s:', 'latency-ms:']);
$live = ['live_interval_s' => 1 / max(0.1, (float) ($opt['live-per-s'] ?? 3)), 'latency_ms' => (int) ($opt['latency-ms'] ?? 150)];
$common = $live + ['bookings' => (int) ($opt['bookings'] ?? 1000), 'workers' => (int) ($opt['workers'] ?? 8)];
$runs = [
    'idle (live alone)' => $live + ['workers' => 0, 'live_max' => (int) ($opt['idle'] ?? 150)],
    'no limiter' => $common + ['limiter' => 'none'],
    'shared limiter (Redis)' => $common + ['limiter' => 'redis'],
];
$res = [];
foreach ($runs as $name => $o) {
    fwrite(STDERR, "budget: $name\n");
    try {
        $res[$name] = budget_run($name, $o);
    } catch (Throwable $e) {
        $res[$name] = ['error' => $e->getMessage()];
    }
}

$rl = budget_defaults()['rate_limit'];
printf("Emulator rate limit %d per %s s, block %s s, %d ms added to every answer (other connections served meanwhile); %d backfill processes (getBookingsByUid, chunks of 10, concurrency 4) and one live process booking %s times a second, one API key.\n\n",
    $rl['limit'], $rl['window_s'], $rl['block_s'], $live['latency_ms'], $common['workers'], budget_fmt(1 / $live['live_interval_s']));
echo "| run | requests | 429s | blocks | blocked s | live created | live p50 ms | live p99 ms | backfill s | minimum s | backfill / minimum | most GETs in 200 ms | checks |\n";
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
foreach ($res as $name => $r) {
    if (isset($r['error'])) {
        echo "| $name | n/a: {$r['error']} ||||||||||||\n";
        continue;
    }
    $bad = array_keys(array_filter($r['checks'], fn ($c) => !$c[0]));
    printf("| %s | %d | %d | %d | %.1f | %d of %d | %s | %s | %s | %s | %s | %d | %s |\n", $name, $r['requests'], $r['429'], $r['blocks'], $r['blocked_s'],
        $r['live_created'], $r['live_attempts'], budget_fmt($r['live_p50_ms']), budget_fmt($r['live_p99_ms']),
        budget_fmt($r['backfill_s']), budget_fmt($r['minimum_s']), $r['backfill_s'] !== null ? number_format($r['backfill_s'] / $r['minimum_s'], 2) . 'x' : 'n/a',
        $r['burst_200ms'], $bad ? 'failed: ' . implode('; ', $bad) : 'all passed');
}
echo "\nThe minimum is bookings / (limit x batch share / window): the shared limiter lets batch use 0.7 of the budget, the run without it may use all of it. "
    . "Live p99 of fewer than 100 bookings is their slowest. The emulator handles one request at a time (the added latency is waited for in parallel): the most GETs it got within 200 ms shows how bursty the backfill was.\n\n";
$idle = $res['idle (live alone)'] ?? null;
$shared = $res['shared limiter (Redis)'] ?? null;
if ($shared && !isset($shared['error'])) {
    $goal = static fn (bool $ok, string $text) => print('- ' . ($ok ? 'met' : '**missed**') . ": $text\n");
    $sound = !in_array(false, array_column($shared['checks'], 0), true);
    if (!$sound) {
        $goal(false, 'the shared-limiter run failed its checks (see the table): no goal can be met');
    }
    $goal($sound && $shared['429'] === 0, "zero 429s with the shared limiter: {$shared['429']}");
    if ($idle && !isset($idle['error']) && $idle['live_p99_ms'] && $shared['live_p99_ms']) {
        $goal($sound && $shared['live_p99_ms'] <= 2 * $idle['live_p99_ms'], sprintf('live p99 within 2x of idle: %.1f ms against %.1f ms (%.2fx)',
            $shared['live_p99_ms'], $idle['live_p99_ms'], $shared['live_p99_ms'] / $idle['live_p99_ms']));
    }
    if ($shared['backfill_s'] !== null) {
        $goal($sound && $shared['backfill_s'] <= 1.1 * $shared['minimum_s'], sprintf('backfill within 10%% of the minimum: %.1f s against %.1f s (%.2fx)',
            $shared['backfill_s'], $shared['minimum_s'], $shared['backfill_s'] / $shared['minimum_s']));
        // Batch grants alone fill at most the batch share; live requests come out of the rest.
        $w = (float) $rl['window_s'];
        $livePerWindow = $shared['live_attempts'] / $shared['backfill_s'] * $w;
        printf("- note: the live booker used %.1f requests a window, out of the %d the batch share leaves to live calls\n",
            $livePerWindow, ($rl['limit'] - 2) - floor(($rl['limit'] - 2) * 0.7));
    }
}
echo "\n```\n";
foreach ($res as $r) {
    if (!isset($r['error'])) {
        budget_print($r);
    }
}
echo "```\n";
