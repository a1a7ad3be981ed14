<?php
/*
 * One measurement in its own process; run.php starts many of them, alternating clients.
 *
 *   php worker.php get      CLIENT BASE CALLS WARMUP [CA_FILE]
 *   php worker.php book     CLIENT BASE BOOKINGS WARMUP CA_FILE STATS_PORT
 *   php worker.php backfill CLIENT BASE COUNT CONCURRENCY [CA_FILE]
 *   php worker.php memory   CLIENT BASE CALLS_SMALL CALLS_LARGE
 *
 * Prints one JSON line with the figures. CPU is user+sys of this process (getrusage), so the
 * server is never counted. Failures exit non-zero with a message on stderr.
 */

declare(strict_types=1);

require __DIR__ . '/clients.php';

function cpu_us(): float
{
	$r = getrusage();
	return ($r['ru_utime.tv_sec'] + $r['ru_stime.tv_sec']) * 1e6 + $r['ru_utime.tv_usec'] + $r['ru_stime.tv_usec'];
}

function wall_us(): float
{
	return hrtime(true) / 1e3;
}

function rss_kib(): int
{
	foreach (file('/proc/self/status') as $line) {
		if (str_starts_with($line, 'VmRSS:')) {
			return (int) preg_replace('/\D/', '', $line);
		}
	}
	return -1;
}

function proxy_connections(int $port): int
{
	$s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
	if (!$s) {
		throw new RuntimeException("stats port $port: $errstr");
	}
	$doc = json_decode((string) stream_get_contents($s), true);
	fclose($s);
	return (int) $doc['connections'];
}

function out(array $figures): void
{
	echo json_encode($figures), "\n";
}

function uids(int $n): array
{
	$u = [];
	for ($i = 0; $i < $n; $i++) {
		$u[] = sprintf('bk_backfill%06d', $i);
	}
	return $u;
}

[$mode, $client, $base] = [$argv[1] ?? '', $argv[2] ?? '', $argv[3] ?? ''];
$uid = 'bk_8Jr2mQxV4tLpZ9sN3wYc6H';

switch ($mode) {
	case 'get':
		$calls = (int) $argv[4];
		$warm = (int) $argv[5];
		$opts = isset($argv[6]) ? ['ca_file' => $argv[6]] : [];
		$c = bench_make_client($client, $base, $opts);
		for ($i = 0; $i < $warm; $i++) {
			$c->get($uid);
		}
		$c0 = cpu_us();
		$w0 = wall_us();
		for ($i = 0; $i < $calls; $i++) {
			$c->get($uid);
		}
		$c1 = cpu_us();
		$w1 = wall_us();
		out(['calls' => $calls, 'cpu_us' => ($c1 - $c0) / $calls, 'wall_us' => ($w1 - $w0) / $calls]);
		break;

	case 'book':
		$n = (int) $argv[4];
		$warm = (int) $argv[5];
		$ca = $argv[6];
		$statsPort = (int) $argv[7];
		$c = bench_make_client($client, $base, ['ca_file' => $ca]);
		$flat = [
			'eventTypeId' => 501,
			'start' => '2030-01-08T13:00:00.000Z',
			'name' => 'Max Mustermann',
			'email' => 'max.mustermann@example.test',
			'timeZone' => 'Europe/Berlin',
			'metadata' => ['call_id' => 'call_7f3a9c2e41d8', 'source' => 'retell'],
		];
		for ($i = 0; $i < $warm; $i++) {
			$c->book($flat);
		}
		$k0 = proxy_connections($statsPort);
		$c0 = cpu_us();
		$w0 = wall_us();
		for ($i = 0; $i < $n; $i++) {
			$b = $c->book($flat);
			if (($b['data']['hosts'][0]['id'] ?? null) !== 101) {
				throw new RuntimeException("$client: booking without its host");
			}
		}
		$c1 = cpu_us();
		$w1 = wall_us();
		$k1 = proxy_connections($statsPort);
		out([
			'bookings' => $n,
			'wall_ms' => ($w1 - $w0) / 1e3 / $n,
			'cpu_us' => ($c1 - $c0) / $n,
			'conns' => ($k1 - $k0) / $n,
		]);
		break;

	case 'backfill':
		$n = (int) $argv[4];
		$conc = (int) $argv[5];
		$list = uids($n);
		$c = bench_make_client($client, $base, isset($argv[6]) ? ['ca_file' => $argv[6]] : []);
		$w0 = wall_us();
		$c0 = cpu_us();
		$ok = 0;
		if ($client === 'calbook') {
			foreach ($c->client->getBookingsByUid($list, $conc) as $key => $r) {
				if ($r instanceof Calbook\Response && $r->successful() && ($r->json('data.uid') === $key)) {
					$ok++;
				}
			}
		} else {
			foreach ($list as $u) {
				if (($c->get($u)['data']['uid'] ?? null) === $u) {
					$ok++;
				}
			}
		}
		$c1 = cpu_us();
		$w1 = wall_us();
		if ($ok !== $n) {
			throw new RuntimeException("$client: $ok of $n bookings fetched");
		}
		out(['count' => $n, 'wall_s' => ($w1 - $w0) / 1e6, 'cpu_ms' => ($c1 - $c0) / 1e3]);
		break;

	case 'memory':
		$small = (int) $argv[4];
		$large = (int) $argv[5];
		$c = bench_make_client($client, $base);
		for ($i = 0; $i < $small; $i++) {
			$c->get($uid);
		}
		gc_collect_cycles();
		$r0 = rss_kib();
		$m0 = memory_get_usage();
		for (; $i < $large; $i++) {
			$c->get($uid);
		}
		gc_collect_cycles();
		$r1 = rss_kib();
		$m1 = memory_get_usage();
		out(['rss_small_kib' => $r0, 'rss_large_kib' => $r1, 'rss_growth_kib' => $r1 - $r0, 'heap_growth_b' => $m1 - $m0]);
		break;

	default:
		fwrite(STDERR, "usage: worker.php get|book|backfill|memory CLIENT BASE ...\n");
		exit(2);
}
