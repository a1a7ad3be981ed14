<?php
/*
 * One process of the multi-process budget scenario (started by tests/budget/lib/scenario.php).
 *
 *   php -d extension=calbook.so tests/budget/lib/worker.php backfill|live CONFIG.json ID
 *
 * backfill: takes chunks of uids from the shared queue file until it is empty and fetches them
 *   with getBookingsByUid (priority batch); a uid whose fetch failed goes back into this
 *   process's own list and is fetched again (as a real backfill job would retry it).
 * live: makes one booking every live_interval_s (createBooking, priority live) until the stop
 *   file exists or live_max attempts are made; each with its own metadata call_id.
 * Both write their figures as JSON to "<dir>/<role>-<id>.json" when done; errors end the process
 * with exit code 1 and the message on stderr (the scenario counts that as a crash).
 */

declare(strict_types=1);

require __DIR__ . '/autoload.php';
require_once '/usr/share/php/Psr/Log/autoload.php';   // Debian's php-psr-log: the limiter's logger is PSR-3

[, $role, $configFile, $id] = $argv + [null, null, null, null];
$cfg = json_decode((string) file_get_contents((string) $configFile), true, 512, JSON_THROW_ON_ERROR);
$id = (int) $id;
$agent = "calbook-budget/$role-$id";

/** Keeps what the limiter logs (never a key: the limiter gets only key ids). */
final class BudgetLog extends Psr\Log\AbstractLogger
{
    public array $lines = [];

    public function log($level, $message, array $context = []): void
    {
        $this->lines[] = ['t' => microtime(true), 'level' => (string) $level, 'message' => (string) $message];
    }
}

$log = new BudgetLog();
$limiter = null;
if ($cfg['limiter'] === 'redis') {
    $redis = new Redis();
    $redis->connect('127.0.0.1', (int) $cfg['redis_port'], 1.0);
    $redis->setOption(Redis::OPT_READ_TIMEOUT, 1.0);
    $limiter = new Calbook\Laravel\RateLimit\RedisRateLimiter($redis, $cfg['limiter_options'] + ['logger' => $log]);
}

$options = ['base_url' => $cfg['base_url'], 'user_agent' => $agent, 'timeout_ms' => (int) $cfg[$role . '_timeout_ms']];
if ($limiter !== null) {
    $options['rate_limiter'] = $limiter;
    $options['priority'] = $role === 'live' ? 'live' : 'batch';
}
$client = new Calbook\Client($cfg['api_key'], $options);
$out = ['role' => $role, 'id' => $id, 'pid' => getmypid(), 'agent' => $agent, 'started' => microtime(true)];

if ($role === 'backfill') {
    $queue = fopen($cfg['queue_file'], 'c+');
    $take = static function (int $n) use ($queue): array {
        flock($queue, LOCK_EX);
        rewind($queue);
        $q = json_decode((string) stream_get_contents($queue), true);
        $chunk = array_slice($q['uids'], $q['next'], $n);
        $q['next'] += count($chunk);
        ftruncate($queue, 0);
        rewind($queue);
        fwrite($queue, json_encode($q));
        fflush($queue);
        flock($queue, LOCK_UN);
        return $chunk;
    };
    $fetched = [];
    $errors = [];
    $statuses = [];
    $retry = [];
    $calls = 0;
    $deadline = $out['started'] + (float) $cfg['backfill_deadline_s'];
    while (microtime(true) < $deadline) {
        $chunk = $take((int) $cfg['chunk']);
        if ($chunk === []) {
            if ($retry === []) {
                break;
            }
            $chunk = array_splice($retry, 0, (int) $cfg['chunk']);
        }
        $calls++;
        $wait = 0;
        foreach ($client->getBookingsByUid($chunk, (int) $cfg['concurrency']) as $uid => $r) {
            if ($r instanceof Calbook\Response && $r->status() === 200) {
                $d = $r->json('data');
                $fetched[$uid] = [$d['id'] ?? null, $d['uid'] ?? null, $d['hosts'][0]['id'] ?? null, $d['start'] ?? null, $d['attendees'][0]['email'] ?? null];
                continue;
            }
            $what = $r instanceof Calbook\Response ? 'HTTP ' . $r->status() : get_class($r);
            $errors[$what] = ($errors[$what] ?? 0) + 1;
            if ($r instanceof Calbook\RateLimitException) {
                $wait = max($wait, (int) $r->getRetryAfter());
            }
            $retry[] = $uid;
        }
        if ($wait > 0 && $retry !== [] && count($retry) >= (int) $cfg['chunk']) {
            // Everything left failed for the budget: wait as told before asking again.
            usleep(min($wait, 2) * 1000000);
        }
    }
    $out += ['fetched' => $fetched, 'errors' => $errors, 'unfetched' => $retry, 'calls' => $calls];
} else {
    $attempts = [];
    $slots = $cfg['live_slots'];
    $t0 = microtime(true);
    for ($k = 0; $k < (int) $cfg['live_max'] && $k < count($slots); $k++) {
        $at = $t0 + $k * (float) $cfg['live_interval_s'];
        while (($now = microtime(true)) < $at) {
            usleep((int) min(100000, ($at - $now) * 1e6));
        }
        if ($k > 0 && is_file($cfg['stop_file'])) {
            break;
        }
        $callId = $cfg['run'] . '-live-' . $k;
        $a = ['k' => $k, 'call_id' => $callId, 'start' => $slots[$k]];
        $t = microtime(true);
        try {
            $r = $client->createBooking([
                'eventTypeId' => 502,
                'start' => $slots[$k],
                'attendee' => ['name' => "Live Caller $k", 'email' => "live-$k@example.org", 'timeZone' => 'Europe/Berlin'],
                'metadata' => ['call_id' => $callId],
            ]);
            $a['status'] = $r->status();
            $r->throw();
            $a['uid'] = $r->json('data.uid');
            $a['host'] = $r->json('data.hosts.0.id');
            $a['outcome'] = 'created';
        } catch (Calbook\Exception $e) {
            $a['outcome'] = 'failed';
            $a['exception'] = get_class($e);
        }
        $a['latency_ms'] = (microtime(true) - $t) * 1000;
        $a['time'] = $t;
        $attempts[] = $a;
    }
    $out['attempts'] = $attempts;
}
$out['finished'] = microtime(true);
$out['client_stats'] = $client->stats();
$out['log'] = $log->lines;
file_put_contents($cfg['dir'] . "/$role-$id.json", json_encode($out, JSON_UNESCAPED_SLASHES));
