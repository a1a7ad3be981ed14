<?php
/*
 * The multi-process budget scenario, shared by tests/budget/lib/test.php (the test) and
 * bench/budget.php (the benchmark).
 *
 * One run: a fresh emulator with the rate limit scaled for speed (120 per 6 s, block 6 s by
 * default) and N bookings seeded, optionally a redis-server on a free loopback port in a temporary
 * directory, then `workers` backfill processes fetching the N bookings (getBookingsByUid, priority
 * batch) while one live process books every live_interval_s (createBooking, priority live), all with one
 * API key. Without workers it is the idle baseline (the live process alone, live_max bookings).
 * Every process is tests/budget/lib/worker.php; they report as JSON files, the emulator's request
 * log (one User-Agent per process) gives the requests, 429s and blocked time of each.
 * CALBOOK_BUDGET_KEEP=1 keeps the run's directory (worker reports, their stderr, the emulator's
 * statistics with its request log) and prints its path.
 *
 *   $r = budget_run('limiter', ['limiter' => 'redis']);   // see budget_defaults()
 *   budget_print($r);                                       // figures
 *   $r['checks'];                                           // [name => [bool ok, string detail]]
 */

declare(strict_types=1);

require_once __DIR__ . '/../../emulator/server.inc';

function budget_defaults(): array
{
    return [
        'limiter' => 'none',            // 'none' (per-process behaviour) or 'redis' (the shared budget)
        'bookings' => 1000,
        'workers' => 8,
        'chunk' => 10,                  // uids a worker takes from the queue at a time
        'concurrency' => 4,             // getBookingsByUid concurrency per worker
        'rate_limit' => ['limit' => 120, 'window_s' => 6, 'block_s' => 6],
        'limiter_options' => ['batch_share' => 0.7],   // limit and window_s follow rate_limit
        'live_interval_s' => 1.0,       // the live process books every this many seconds
        'latency_ms' => 0,              // the emulator's added latency per Cal.com answer (others are served meanwhile)
        'live_max' => 400,              // idle baseline: the number of live bookings
        'backfill_timeout_ms' => 30000,
        'live_timeout_ms' => 10000,
        'backfill_deadline_s' => 150,   // a worker stops taking work after this
        'kill_redis_after_s' => null,   // SIGKILL redis-server this long after the workers started
        'so' => getenv('CALBOOK_SO') ?: __DIR__ . '/../../../modules/calbook.so',
        'php' => PHP_BINARY,
    ];
}

/** Mondays to Saturdays from 2051-01-02, every hour from 09:00 to 17:00 Berlin (winter: UTC+1). */
function budget_live_slots(int $n): array
{
    $slots = [];
    for ($day = gmmktime(0, 0, 0, 1, 2, 2051); count($slots) < $n; $day += 86400) {
        if (gmdate('N', $day) === '7') {
            continue;
        }
        for ($h = 8; $h <= 16 && count($slots) < $n; $h++) {
            $slots[] = gmdate('Y-m-d', $day) . sprintf('T%02d:00:00Z', $h);
        }
    }
    return $slots;
}

final class BudgetRedis
{
    public int $port;
    private $proc;
    public ?float $killedAt = null;

    public function __construct(string $dir)
    {
        $s = stream_socket_server('tcp://127.0.0.1:0');
        $this->port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
        fclose($s);
        $this->proc = proc_open(['/usr/bin/redis-server', '--port', (string) $this->port, '--bind', '127.0.0.1',
            '--save', '', '--appendonly', 'no', '--dir', $dir, '--daemonize', 'no', '--logfile', "$dir/redis.log"],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/redis.out", 'w'], 2 => ['file', "$dir/redis.out", 'a']], $pipes);
        $deadline = microtime(true) + 10;
        while (true) {
            $c = @stream_socket_client('tcp://127.0.0.1:' . $this->port, $e, $es, 0.5);
            if ($c) {
                fwrite($c, "PING\r\n");
                if (str_starts_with((string) fgets($c), '+PONG')) {
                    fclose($c);
                    break;
                }
                fclose($c);
            }
            if (microtime(true) > $deadline || !proc_get_status($this->proc)['running']) {
                throw new RuntimeException('redis-server did not start: ' . @file_get_contents("$dir/redis.log"));
            }
            usleep(20000);
        }
    }

    public function running(): bool
    {
        return is_resource($this->proc) && proc_get_status($this->proc)['running'];
    }

    /** SIGKILL (as a crash or a lost host would end it). */
    public function kill(): void
    {
        if ($this->running()) {
            posix_kill(proc_get_status($this->proc)['pid'], SIGKILL);
            $this->killedAt = microtime(true);
        }
        $this->close();
    }

    public function stop(): void
    {
        if ($this->running()) {
            posix_kill(proc_get_status($this->proc)['pid'], SIGTERM);
            $deadline = microtime(true) + 3;
            while ($this->running() && microtime(true) < $deadline) {
                usleep(10000);
            }
            if ($this->running()) {
                posix_kill(proc_get_status($this->proc)['pid'], SIGKILL);
            }
        }
        $this->close();
    }

    private function close(): void
    {
        if (is_resource($this->proc)) {
            $deadline = microtime(true) + 3;
            while (proc_get_status($this->proc)['running'] && microtime(true) < $deadline) {
                usleep(10000);
            }
            proc_close($this->proc);
        }
        $this->proc = null;
    }
}

function budget_percentile(array $v, float $p): ?float
{
    if ($v === []) {
        return null;
    }
    sort($v);
    return $v[(int) min(count($v) - 1, max(0, (int) ceil($p / 100 * count($v)) - 1))];
}

/** Runs one scenario; returns its figures and checks. */
function budget_run(string $name, array $options = []): array
{
    $cfg = array_replace(budget_defaults(), $options);
    $cfg['limiter_options'] += ['limit' => $cfg['rate_limit']['limit'], 'window_s' => $cfg['rate_limit']['window_s']];
    $dir = rtrim((string) shell_exec('mktemp -d /tmp/calbook-budget.XXXXXX'));
    if (!str_starts_with($dir, '/tmp/calbook-budget.')) {
        throw new RuntimeException('mktemp failed');
    }
    $emu = null;
    $redis = null;
    $procs = [];
    try {
        $emu = calbook_emulator_start(['rate_limit' => $cfg['rate_limit'], 'latency_ms' => $cfg['latency_ms'], 'server_timeout_s' => 900]);
        $uids = $cfg['workers'] > 0 ? $emu->seedBookings($cfg['bookings']) : [];
        file_put_contents("$dir/queue.json", json_encode(['uids' => $uids, 'next' => 0]));
        if ($cfg['limiter'] === 'redis') {
            $redis = new BudgetRedis($dir);
        }
        $run = $name . '-' . bin2hex(random_bytes(3));
        $wcfg = [
            'run' => $run, 'dir' => $dir, 'base_url' => $emu->baseUrl, 'api_key' => $emu->apiKey,
            'limiter' => $cfg['limiter'], 'redis_port' => $redis?->port,
            'limiter_options' => $cfg['limiter_options'] + ['prefix' => "calbook:rl:$run:"],
            'queue_file' => "$dir/queue.json", 'stop_file' => "$dir/stop",
            'chunk' => $cfg['chunk'], 'concurrency' => $cfg['concurrency'],
            'backfill_timeout_ms' => $cfg['backfill_timeout_ms'], 'live_timeout_ms' => $cfg['live_timeout_ms'],
            'backfill_deadline_s' => $cfg['backfill_deadline_s'],
            'live_interval_s' => $cfg['live_interval_s'],
            'live_max' => $cfg['workers'] > 0 ? 1000 : $cfg['live_max'],
            'live_slots' => budget_live_slots($cfg['workers'] > 0 ? 1000 : $cfg['live_max']),
        ];
        file_put_contents("$dir/config.json", json_encode($wcfg, JSON_UNESCAPED_SLASHES));
        $spawn = static function (string $role, int $id) use ($cfg, $dir, &$procs): void {
            $p = proc_open([$cfg['php'], '-d', 'extension=' . $cfg['so'], __DIR__ . '/worker.php', $role, "$dir/config.json", (string) $id],
                [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/$role-$id.out", 'w'], 2 => ['file', "$dir/$role-$id.err", 'w']], $pipes);
            if (!is_resource($p)) {
                throw new RuntimeException("cannot start $role $id");
            }
            $procs["$role-$id"] = ['proc' => $p, 'role' => $role, 'id' => $id, 'exit' => null];
        };
        $t0 = microtime(true);
        for ($i = 1; $i <= $cfg['workers']; $i++) {
            $spawn('backfill', $i);
        }
        $spawn('live', 0);
        $hardDeadline = $t0 + $cfg['backfill_deadline_s'] + 40;
        $stopped = $cfg['workers'] === 0;
        while (true) {
            $running = ['backfill' => 0, 'live' => 0];
            foreach ($procs as $k => &$p) {
                if ($p['exit'] === null) {
                    $st = proc_get_status($p['proc']);
                    if ($st['running']) {
                        $running[$p['role']]++;
                    } else {
                        $p['exit'] = $st['exitcode'];
                        $p['ended'] = microtime(true);
                    }
                }
            }
            unset($p);
            if ($redis && $cfg['kill_redis_after_s'] !== null && $redis->killedAt === null && microtime(true) - $t0 >= $cfg['kill_redis_after_s']) {
                $redis->kill();
            }
            if (!$stopped && $running['backfill'] === 0) {
                touch("$dir/stop");
                $stopped = true;
            }
            if ($running['backfill'] + $running['live'] === 0) {
                break;
            }
            if (microtime(true) > $hardDeadline) {
                foreach ($procs as $k => &$p) {
                    if ($p['exit'] === null) {
                        proc_terminate($p['proc'], 9);
                        $p['exit'] = 'killed at the deadline';
                    }
                }
                unset($p);
                break;
            }
            usleep(50000);
        }
        foreach ($procs as &$p) {
            proc_close($p['proc']);
        }
        unset($p);
        $stats = $emu->stats();
        $stored = $emu->bookings();
        if (getenv('CALBOOK_BUDGET_KEEP') !== false) {
            file_put_contents("$dir/emulator-stats.json", json_encode($stats));
        }
        return budget_analyse($name, $cfg, $uids, $procs, $dir, $stats, $stored, $t0, $redis?->killedAt);
    } finally {
        $redis?->stop();
        $emu?->stop();
        if (getenv('CALBOOK_BUDGET_KEEP') === false) {
            shell_exec('rm -rf ' . escapeshellarg($dir));
        } else {
            fwrite(STDERR, "budget: kept $dir\n");
        }
    }
}

function budget_analyse(string $name, array $cfg, array $uids, array $procs, string $dir, array $stats, array $stored, float $t0, ?float $killedAt): array
{
    $checks = [];
    $check = static function (string $what, bool $ok, string $detail = '') use (&$checks): void {
        $checks[$what] = [$ok, $detail];
    };
    $results = [];
    $crashes = [];
    foreach ($procs as $k => $p) {
        $file = "$dir/$k.json";
        $r = is_file($file) ? json_decode((string) file_get_contents($file), true) : null;
        if ($p['exit'] !== 0 || !is_array($r)) {
            $crashes[] = "$k exit " . var_export($p['exit'], true) . ': ' . trim(substr((string) @file_get_contents("$dir/$k.err") . @file_get_contents("$dir/$k.out"), 0, 400));
        }
        $results[$k] = is_array($r) ? $r : ['role' => $p['role'], 'id' => $p['id'], 'agent' => "calbook-budget/$k"];
    }
    $check('no process crashed', $crashes === [], implode('; ', $crashes));

    // Per process, from the emulator's request log.
    $end = microtime(true);
    $per = [];
    foreach ($stats['requests'] as $q) {
        $per[$q['user_agent'] ?? '?'][] = $q;
    }
    $rows = [];
    foreach ($results as $k => $r) {
        $log = $per[$r['agent']] ?? [];
        $n429 = 0;
        $blocked = 0.0;
        $since = null;
        foreach ($log as $q) {
            if ($q['status'] === 429) {
                $n429++;
                $since ??= $q['time'];
            } elseif ($since !== null) {
                $blocked += $q['time'] - $since;
                $since = null;
            }
        }
        if ($since !== null) {
            $blocked += ($r['finished'] ?? $end) - $since;
        }
        $rows[$k] = ['requests' => count($log), '429' => $n429, 'blocked_s' => $blocked,
            'wall_s' => isset($r['finished']) ? $r['finished'] - $r['started'] : null,
            'errors' => $r['errors'] ?? [], 'fell_back' => count(array_filter($r['log'] ?? [], fn ($l) => in_array($l['level'], ['warning', 'error', 'critical'], true)))];
    }

    // The shared figures. Burst: the most GETs the server had to answer within 200 ms.
    $gets = array_column(array_filter($stats['requests'], fn ($q) => $q['method'] === 'GET'), 'time');
    sort($gets);
    $burst = 0;
    for ($i = 0, $j = 0, $n = count($gets); $i < $n; $i++) {
        while ($gets[$i] - $gets[$j] >= 0.2) {
            $j++;
        }
        $burst = max($burst, $i - $j + 1);
    }
    $blockedAll = 0.0;
    foreach ($stats['rate_limit_blocks'] as $b) {
        $blockedAll += max(0.0, min($b['until'], $end) - $b['start']);
    }
    $backfill = array_filter($results, fn ($r) => $r['role'] === 'backfill');
    $bStart = $backfill ? min(array_map(fn ($r) => $r['started'] ?? $t0, $backfill)) : null;
    $bEnd = $backfill ? max(array_map(fn ($r) => $r['finished'] ?? $end, $backfill)) : null;
    $rl = $cfg['rate_limit'];
    $share = $cfg['limiter'] === 'redis' ? (float) $cfg['limiter_options']['batch_share'] : 1.0;
    $minimum = $cfg['workers'] > 0 ? $cfg['bookings'] / ($rl['limit'] * $share / $rl['window_s']) : null;

    // Every uid fetched, and what was fetched is the stored booking.
    $byUid = array_column($stored, null, 'uid');
    $fetched = [];
    foreach ($backfill as $r) {
        foreach ($r['fetched'] ?? [] as $uid => $f) {
            $fetched[$uid] = $f;
        }
    }
    $missing = array_values(array_diff($uids, array_keys($fetched)));
    $wrong = [];
    foreach ($fetched as $uid => [$id, $fuid, $host, $start, $email]) {
        $b = $byUid[$uid] ?? null;
        if ($b === null || $id !== $b['id'] || $fuid !== $uid || $host !== $b['userId'] || strtotime((string) $start) !== $b['start']
            || $email !== ($b['attendees'][0]['email'] ?? null)) {
            $wrong[] = $uid;
        }
    }
    if ($cfg['workers'] > 0) {
        $check('every booking fetched', $missing === [], count($missing) . ' of ' . count($uids) . ' not fetched' . ($missing ? ' (e.g. ' . $missing[0] . ')' : ''));
        $check('every fetched booking is the stored one', $wrong === [] && count($fetched) === count($uids), count($wrong) . ' differ, ' . count($fetched) . ' fetched');
    }

    // Every live attempt: created exactly once, or a typed exception and nothing created.
    $live = $results['live-0']['attempts'] ?? [];
    $byCall = [];
    foreach ($stored as $b) {
        if (isset($b['metadata']['call_id'])) {
            $byCall[$b['metadata']['call_id']][] = $b['uid'];
        }
    }
    $bad = [];
    $created = 0;
    $failed = [];
    foreach ($live as $a) {
        $have = $byCall[$a['call_id']] ?? [];
        unset($byCall[$a['call_id']]);
        if ($a['outcome'] === 'created') {
            $created++;
            if (count($have) !== 1 || $have[0] !== $a['uid']) {
                $bad[] = "{$a['call_id']}: created, stored " . count($have) . ' times';
            }
        } else {
            $failed[$a['exception']] = ($failed[$a['exception']] ?? 0) + 1;
            if ($have !== [] || !str_starts_with($a['exception'], 'Calbook\\')) {
                $bad[] = "{$a['call_id']}: failed with {$a['exception']}, stored " . count($have) . ' times';
            }
        }
    }
    foreach ($byCall as $call => $have) {
        $bad[] = "$call: stored " . count($have) . ' times, never reported';
    }
    $check('every live booking created exactly once, or failed typed and not created', $bad === [] && $live !== [], count($live) . ' attempts' . ($bad ? ': ' . implode('; ', array_slice($bad, 0, 3)) : ''));
    $lat = array_map(fn ($a) => $a['latency_ms'], array_filter($live, fn ($a) => $a['outcome'] === 'created'));

    return [
        'name' => $name, 'cfg' => $cfg, 'rows' => $rows, 'checks' => $checks,
        'requests' => $stats['request_count'], 'burst_200ms' => $burst, '429' => $stats['rate_limited'], 'blocks' => count($stats['rate_limit_blocks']),
        'blocked_s' => $blockedAll, 'backfill_s' => $bStart !== null ? $bEnd - $bStart : null, 'minimum_s' => $minimum,
        'live_attempts' => count($live), 'live_created' => $created, 'live_failed' => $failed,
        'live_p50_ms' => budget_percentile($lat, 50), 'live_p99_ms' => budget_percentile($lat, 99), 'live_max_ms' => $lat ? max($lat) : null,
        'redis_killed_after_s' => $killedAt !== null ? $killedAt - $t0 : null,
        'fell_back' => array_sum(array_column($rows, 'fell_back')),
        'live_budget_wait_ms' => $results['live-0']['client_stats']['rate_limiter_wait_ms'] ?? null,
    ];
}

function budget_fmt(?float $v, int $dec = 1): string
{
    return $v === null ? 'n/a' : number_format($v, $dec);
}

/** Prints the figures of one run. */
function budget_print(array $r): void
{
    $c = $r['cfg'];
    $rl = $c['rate_limit'];
    printf("== %s: limiter %s, %d backfill workers x concurrency %d, %d bookings, rate limit %d per %s s (block %s s), live every %.2f s, latency %d ms%s\n",
        $r['name'], $c['limiter'], $c['workers'], $c['concurrency'], $c['workers'] ? $c['bookings'] : 0, $rl['limit'], $rl['window_s'], $rl['block_s'],
        $c['live_interval_s'], $c['latency_ms'],
        $r['redis_killed_after_s'] !== null ? sprintf(', redis-server killed after %.1f s', $r['redis_killed_after_s']) : '');
    printf("   %-12s %9s %6s %10s %9s  %s\n", 'process', 'requests', '429s', 'blocked s', 'wall s', 'errors (retried)');
    foreach ($r['rows'] as $k => $row) {
        $errs = $row['errors'] ? implode(', ', array_map(fn ($e, $n) => "$e $n", array_keys($row['errors']), $row['errors'])) : '-';
        printf("   %-12s %9d %6d %10s %9s  %s%s\n", $k, $row['requests'], $row['429'], budget_fmt($row['blocked_s']), budget_fmt($row['wall_s']), $errs,
            $row['fell_back'] ? "; limiter warnings {$row['fell_back']}" : '');
    }
    printf("   total: %d requests, %d answered 429, %d blocks, %.1f s blocked; at most %d GETs within 200 ms\n", $r['requests'], $r['429'], $r['blocks'], $r['blocked_s'], $r['burst_200ms']);
    if ($r['backfill_s'] !== null) {
        printf("   backfill: %.1f s for %d bookings; theoretical minimum %.1f s (%d bookings at %s requests/s); %.2fx the minimum\n",
            $r['backfill_s'], $c['bookings'], $r['minimum_s'], $c['bookings'], budget_fmt($c['bookings'] / $r['minimum_s'], 1), $r['backfill_s'] / $r['minimum_s']);
    }
    $failed = $r['live_failed'] ? ' (' . implode(', ', array_map(fn ($e, $n) => "$e $n", array_keys($r['live_failed']), $r['live_failed'])) . ')' : '';
    printf("   live: %d attempts, %d created, %d failed%s; latency p50 %s ms, p99 %s ms, max %s ms%s\n",
        $r['live_attempts'], $r['live_created'], $r['live_attempts'] - $r['live_created'], $failed,
        budget_fmt($r['live_p50_ms']), budget_fmt($r['live_p99_ms']), budget_fmt($r['live_max_ms']),
        $r['live_budget_wait_ms'] !== null ? '; waited for budget ' . $r['live_budget_wait_ms'] . ' ms in all' : '');
}
