<?php
/* Soak: many calls and many objects in one process, memory must stay flat.
 *   php -n -d extension=modules/calbook.so tests/reliability/soak.php [--calls N] [--objects N]
 * 1. N calls (default 100,000) through one client: successes (GET 200, POST 201), API errors
 *    (404 as a Response, then throw() -> NotFoundException) and transport errors (a refused port,
 *    TransportException), against the canned local server (lib/canned_server.php: the PHP
 *    emulator answers about 2 ms a call, too slow for this many in CI's time).
 * 2. N objects (default 10,000) each: Calbook\Client created, used once every 10th, dropped;
 *    Calbook\HostMapper built over the demo salon's staff, resolving a host, dropped.
 * Heap (memory_get_usage) and RSS (VmRSS of /proc/self/status) are printed before and after each
 * phase (after a warm-up), and the growth is asserted against fixed allowances.
 * Prints one line per check and "N passed, N failed"; exits 1 on any failure. */
declare(strict_types=1);

require_once __DIR__ . '/lib/fault.inc';

$calls = 100000;
$objects = 10000;
for ($i = 1; $i < $argc; $i++) {
	if ($argv[$i] === '--calls') {
		$calls = max(1000, (int) $argv[++$i]);
	} elseif ($argv[$i] === '--objects') {
		$objects = max(1000, (int) $argv[++$i]);
	}
}
/* Allowed growth after warm-up: the heap must not grow by more than a few allocations' worth; the
 * RSS is left some room for the allocator and libcurl's caches. */
const HEAP_ALLOWANCE = 64 * 1024;
const RSS_ALLOWANCE = 4 * 1024 * 1024;

$passed = 0;
$failed = 0;
function check(string $what, bool $ok, string $detail = ''): void
{
	global $passed, $failed;
	$ok ? $passed++ : $failed++;
	printf("soak: %s %s%s\n", $ok ? 'ok  ' : 'FAIL', $what, $detail !== '' ? " ($detail)" : '');
}

function rss(): int
{
	$s = (string) @file_get_contents('/proc/self/status');
	return preg_match('/^VmRSS:\s+(\d+)\s+kB/m', $s, $m) ? (int) $m[1] * 1024 : 0;
}

function mem(): array
{
	gc_collect_cycles();
	return [memory_get_usage(), rss()];
}

function report_memory(string $phase, array $before, array $after): void
{
	$dh = $after[0] - $before[0];
	$dr = $after[1] - $before[1];
	printf("soak: %s memory: heap %d -> %d bytes (%+d), RSS %.1f -> %.1f MiB (%+.2f MiB)\n", $phase,
		$before[0], $after[0], $dh, $before[1] / 1048576, $after[1] / 1048576, $dr / 1048576);
	check("$phase: heap growth <= " . (HEAP_ALLOWANCE / 1024) . ' KiB', $dh <= HEAP_ALLOWANCE, sprintf('%+d bytes', $dh));
	check("$phase: RSS growth <= " . (RSS_ALLOWANCE / 1048576) . ' MiB', $dr <= RSS_ALLOWANCE, sprintf('%+.2f MiB', $dr / 1048576));
}

$t0 = microtime(true);
$srv = rel_canned_server();
$base = 'http://127.0.0.1:' . $srv['port'] . '/v2';
$refused = 'http://127.0.0.1:' . rel_refused_port() . '/v2';
$client = new Calbook\Client('cal_test_soak', ['base_url' => $base, 'max_retries' => 0, 'timeout_ms' => 5000]);
$dead = new Calbook\Client('cal_test_soak', ['base_url' => $refused, 'max_retries' => 0, 'connect_timeout_ms' => 1000]);
$input = rel_booking();

/* One call of the mix; returns the kind of outcome, or '?' for anything unexpected. */
function one_call(int $i, Calbook\Client $client, Calbook\Client $dead, array $input): string
{
	switch ($i % 10) {
		case 0:
			try {
				$dead->getBooking('soak-uid');
				return '?';
			} catch (Calbook\TransportException $e) {
				return $e->mayHaveReachedServer() ? '?' : 'transport';
			}
		case 1:
			$r = $client->getBooking('missing-' . $i);
			try {
				$r->throw();
				return '?';
			} catch (Calbook\NotFoundException $e) {
				return $e->getStatus() === 404 ? 'api' : '?';
			}
		case 2:
			$r = $client->createBooking($input);
			return $r->status() === 201 && $r->json('data.hosts.0.id') === 102 ? 'created' : '?';
		default:
			$r = $client->getBooking('soak-' . ($i % 97));
			return $r->status() === 200 && $r->json('data.uid') === 'canned-booking-uid' ? 'ok' : '?';
	}
}

/* Phase 1: calls. */
$warm = min(5000, intdiv($calls, 10));
$counts = ['ok' => 0, 'created' => 0, 'api' => 0, 'transport' => 0, '?' => 0];
for ($i = 0; $i < $warm; $i++) {
	$counts[one_call($i, $client, $dead, $input)]++;
}
$before = mem();
$t1 = microtime(true);
for (; $i < $calls; $i++) {
	$counts[one_call($i, $client, $dead, $input)]++;
}
$dt = microtime(true) - $t1;
$after = mem();
printf("soak: %d calls (%d after warm-up) in %.1f s: %d ok, %d created, %d API errors, %d transport errors, %d unexpected\n",
	$calls, $calls - $warm, $dt + 0, $counts['ok'], $counts['created'], $counts['api'], $counts['transport'], $counts['?']);
check('calls: every outcome as expected', $counts['?'] === 0 && array_sum($counts) === $calls, $counts['?'] . ' unexpected');
$st = $client->stats();
check('calls: one kept-alive connection for the whole run', $st['connections_opened'] === 1,
	$st['connections_opened'] . ' opened, ' . $st['connections_reused'] . ' reused');
report_memory('calls', $before, $after);

/* Phase 2: objects. */
$staff = json_decode((string) file_get_contents(__DIR__ . '/../fixtures/staff/salon_demo.json'), true);
$mappings = json_decode((string) file_get_contents(__DIR__ . '/../fixtures/staff/salon_demo_mappings.json'), true);
$host = ['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test'];
function one_object(int $i, string $base, array $staff, array $mappings, array $host): bool
{
	$c = new Calbook\Client('cal_test_soak_' . $i, ['base_url' => $base, 'max_retries' => 0,
		'logger' => static function ($level, $message, $context) {}]);
	$ok = true;
	if ($i % 10 === 0) {
		$ok = $c->getBooking('soak-' . $i)->status() === 200;
	}
	unset($c);
	$m = new Calbook\HostMapper($staff, $mappings, ['company_id' => 1]);
	$r = $m->resolve($host);
	unset($m);
	return $ok && is_array($r) && $r['staff_id'] === 3;
}
$bad = 0;
$warm = min(1000, intdiv($objects, 10));
for ($i = 0; $i < $warm; $i++) {
	$bad += (int) !one_object($i, $base, $staff, $mappings, $host);
}
$before = mem();
$t1 = microtime(true);
for (; $i < $objects; $i++) {
	$bad += (int) !one_object($i, $base, $staff, $mappings, $host);
}
$dt = microtime(true) - $t1;
$after = mem();
printf("soak: %d clients and %d host mappers created and dropped in %.1f s\n", $objects, $objects, $dt);
check('objects: every client call and resolve as expected', $bad === 0, "$bad unexpected");
report_memory('objects', $before, $after);

printf("soak: total %.1f s\n", microtime(true) - $t0);
echo "$passed passed, $failed failed\n";
exit($failed === 0 ? 0 : 1);
