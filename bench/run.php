<?php
/*
 * The benchmark harness (bench/run.sh prepares the machine and calls this).
 *
 *   php bench/run.php [--quick] [--rounds=N] [--rtt=MS] [--only=cpu,tls,instr,book,backfill,h2,hostmapper,memory,budget]
 *                     [--markdown=FILE]
 *
 * Starts its own servers on loopback (nginx with canned Cal.com JSON over HTTP and TLS, a
 * round-trip-time proxy, a slow API for the backfill, nginx as an HTTP/2 and HTTP/1.1 TLS front
 * before the slow API), runs every measurement in a fresh process
 * per client, alternating the clients round after round, and prints medians with min and max.
 * All servers are stopped on exit, also on Ctrl-C. CALBOOK_SO=/path/to/calbook.so measures
 * another build of calbook than modules/calbook.so.
 */

declare(strict_types=1);

const ROOT = __DIR__ . '/..';

$opt = getopt('', ['quick', 'rounds:', 'rtt:', 'only:', 'markdown:', 'help']);
if (isset($opt['help'])) {
	fwrite(STDOUT, "usage: bash bench/run.sh [--quick] [--rounds=N] [--rtt=MS] [--only=cpu,tls,instr,book,backfill,h2,hostmapper,memory,budget] [--markdown=FILE]\n");
	exit(0);
}
$quick = isset($opt['quick']);
$P = $quick
	? ['rounds' => 2, 'calls' => 500, 'warm' => 100, 'bookings' => 8, 'bwarm' => 1, 'backfill' => 200, 'seq' => 200,
	   'mem_small' => 1000, 'mem_large' => 10000, 'mem_rounds' => 1, 'bf_rounds' => 1]
	: ['rounds' => 5, 'calls' => 3000, 'warm' => 200, 'bookings' => 30, 'bwarm' => 2, 'backfill' => 2000, 'seq' => 2000,
	   'mem_small' => 1000, 'mem_large' => 100000, 'mem_rounds' => 1, 'bf_rounds' => 3];
if (isset($opt['rounds'])) {
	$P['rounds'] = max(1, (int) $opt['rounds']);
	$P['bf_rounds'] = min($P['bf_rounds'], $P['rounds']);
}
$P['rtt'] = isset($opt['rtt']) ? (float) $opt['rtt'] : 20.0;
$P['latency'] = 20.0;
$only = isset($opt['only']) ? explode(',', (string) $opt['only']) : ['cpu', 'tls', 'instr', 'book', 'backfill', 'h2', 'hostmapper', 'memory', 'budget'];

// CALBOOK_SO=/path/to/calbook.so measures another build (e.g. one with a proposed patch).
$SO = realpath(getenv('CALBOOK_SO') ?: ROOT . '/modules/calbook.so') ?: '';
$LOOP = realpath(ROOT . '/bench/.build/loop') ?: '';
$PHP = PHP_BINARY;
$WORKER = realpath(__DIR__ . '/php/worker.php');

// ---------------------------------------------------------------------------------------------
// Servers

$WORK = rtrim((string) shell_exec('mktemp -d /tmp/calbook-bench.XXXXXX'));
$procs = [];

function cleanup(): void
{
	global $procs, $WORK;
	foreach (array_reverse($procs, true) as $name => $p) {
		$st = proc_get_status($p);
		if ($st['running']) {
			posix_kill($st['pid'], SIGTERM);
		}
	}
	$deadline = microtime(true) + 3;
	foreach ($procs as $name => $p) {
		while (proc_get_status($p)['running'] && microtime(true) < $deadline) {
			usleep(20000);
		}
		$st = proc_get_status($p);
		if ($st['running']) {
			posix_kill($st['pid'], SIGKILL);
		}
		proc_close($p);
	}
	$procs = [];
	if ($WORK !== '' && str_starts_with($WORK, '/tmp/calbook-bench.')) {
		shell_exec('rm -rf ' . escapeshellarg($WORK));
	}
}
register_shutdown_function('cleanup');
pcntl_async_signals(true);
foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
	pcntl_signal($sig, function () {
		fwrite(STDERR, "\ninterrupted, stopping the servers\n");
		exit(130);
	});
}

function start(string $name, array $cmd): void
{
	global $procs, $WORK;
	$p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$WORK/$name.out", 'w'], 2 => ['file', "$WORK/$name.err", 'w']], $pipes);
	if (!is_resource($p)) {
		throw new RuntimeException("cannot start $name");
	}
	$procs[$name] = $p;
}

function wait_file(string $path, string $name): string
{
	global $WORK;
	$deadline = microtime(true) + 10;
	while (!is_file($path)) {
		if (microtime(true) > $deadline) {
			throw new RuntimeException("$name did not start: " . @file_get_contents("$WORK/$name.err"));
		}
		usleep(20000);
	}
	return trim((string) file_get_contents($path));
}

function free_port(): int
{
	$s = stream_socket_server('tcp://127.0.0.1:0');
	$port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
	fclose($s);
	return $port;
}

function wait_port(int $port, string $name): void
{
	global $WORK;
	$deadline = microtime(true) + 10;
	while (!($s = @stream_socket_client("tcp://127.0.0.1:$port", $e, $es, 1))) {
		if (microtime(true) > $deadline) {
			throw new RuntimeException("$name did not listen on $port: " . @file_get_contents("$WORK/$name.err"));
		}
		usleep(20000);
	}
	fclose($s);
}

function sh(string $cmd): void
{
	exec($cmd . ' 2>&1', $out, $rc);
	if ($rc !== 0) {
		throw new RuntimeException("failed: $cmd\n" . implode("\n", $out));
	}
}

function make_certs(string $dir): void
{
	$cfg = "$dir/san.cnf";
	file_put_contents($cfg, "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
	sh("openssl ecparam -name prime256v1 -genkey -noout -out $dir/ca.key");
	sh("openssl req -x509 -new -key $dir/ca.key -sha256 -days 2 -subj '/CN=calbook bench CA' -out $dir/ca.pem");
	sh("openssl ecparam -name prime256v1 -genkey -noout -out $dir/server.key");
	sh("openssl req -new -key $dir/server.key -subj '/CN=127.0.0.1' -out $dir/server.csr");
	sh("openssl x509 -req -in $dir/server.csr -CA $dir/ca.pem -CAkey $dir/ca.key -CAcreateserial -days 2 -sha256 -extfile $cfg -out $dir/server.pem");
}

function nginx_string(string $s): string
{
	if (preg_match('/[\'\\\\$]/', $s)) {
		throw new RuntimeException('fixture needs escaping for nginx');
	}
	return "'" . $s . "'";
}

function start_nginx(string $dir, int $http, int $https): void
{
	$booking = nginx_string(trim(file_get_contents(__DIR__ . '/fixtures/booking.json')));
	$legacy = nginx_string(trim(file_get_contents(__DIR__ . '/fixtures/create-legacy.json')));
	$locations = <<<NGX
		default_type application/json;
		location = /v2/bookings { return 201 $booking; }
		location ~ ^/v2/bookings/[^/]+$ { return 200 $booking; }
		location = /legacy/v2/bookings { return 201 $legacy; }
		location ~ ^/legacy/v2/bookings/[^/]+$ { return 200 $booking; }
		location / { return 404 '{"status":"error","error":{"code":"NotFoundException","message":"not found"}}'; }
	NGX;
	$block = <<<NGX
		access_log off;
		keepalive_requests 1000000;
		keepalive_timeout 300s;
		client_body_temp_path $dir/body;
		server {
			listen 127.0.0.1:$http;
			$locations
		}
		server {
			listen 127.0.0.1:$https ssl;
			ssl_certificate $dir/server.pem;
			ssl_certificate_key $dir/server.key;
			ssl_protocols TLSv1.2 TLSv1.3;
			$locations
		}
	NGX;
	start_nginx_conf($dir, 'nginx', $block, [$http, $https]);
}

/** Writes $dir/$name.conf (one worker in the foreground, pid and error log in $dir) around the
 * contents of its http block, starts that nginx and waits for its ports. */
function start_nginx_conf(string $dir, string $name, string $block, array $ports): void
{
	file_put_contents("$dir/$name.conf", "worker_processes 1;\ndaemon off;\npid $dir/$name.pid;\nerror_log $dir/$name-error.log warn;\n"
		. "events { worker_connections 1024; }\nhttp {\n$block\n}\n");
	start($name, ['nginx', '-p', $dir, '-c', "$dir/$name.conf", '-e', "$dir/$name-error.log"]);
	foreach ($ports as $port) {
		wait_port($port, $name);
	}
}

/** nginx before the slow API: TLS with HTTP/2 on $h2, TLS with HTTP/1.1 only on $h1; the access
 * log names each request's connection, so connections are counted at the server. */
function start_h2_front(string $dir, int $h2, int $h1, int $upstream): void
{
	$locations = <<<NGX
			location / {
				proxy_pass http://slow_api;
				proxy_http_version 1.1;
				proxy_set_header Connection "";
			}
	NGX;
	$block = <<<NGX
		log_format conn '\$connection \$server_protocol \$status';
		access_log $dir/h2front-access.log conn;
		keepalive_requests 1000000;
		keepalive_timeout 300s;
		client_body_temp_path $dir/h2body;
		proxy_temp_path $dir/h2proxy;
		ssl_certificate $dir/server.pem;
		ssl_certificate_key $dir/server.key;
		ssl_protocols TLSv1.2 TLSv1.3;
		upstream slow_api {
			server 127.0.0.1:$upstream;
			keepalive 64;
		}
		server {
			listen 127.0.0.1:$h2 ssl http2;
			$locations
		}
		server {
			listen 127.0.0.1:$h1 ssl;
			$locations
		}
	NGX;
	start_nginx_conf($dir, 'h2front', $block, [$h2, $h1]);
}

/** Runs $job with an empty access log of the h2 front, then adds the connections and protocols it used. */
function with_front_log(string $log, callable $job): array
{
	file_put_contents($log, '');
	$r = $job();
	$conns = [];
	$protos = [];
	foreach (file($log, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
		[$conn, $proto] = explode(' ', $line);
		$conns[$conn] = true;
		$protos[$proto] = true;
	}
	if (!isset($r['error'])) {
		$r['conns'] = count($conns);
		$r['protocols'] = implode(',', array_keys($protos));
	}
	return $r;
}

// ---------------------------------------------------------------------------------------------
// Measurements

function worker(array $args, string $client): array
{
	global $PHP, $WORKER, $SO;
	$cmd = [$PHP];
	if ($client === 'calbook') {
		$cmd[] = '-d';
		$cmd[] = 'extension=' . $SO;
	}
	return run_json(array_merge($cmd, [$WORKER], $args));
}

function run_json(array $cmd): array
{
	global $WORK;
	$p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
	$out = stream_get_contents($pipes[1]);
	$err = stream_get_contents($pipes[2]);
	fclose($pipes[1]);
	fclose($pipes[2]);
	$rc = proc_close($p);
	$lines = array_values(array_filter(explode("\n", trim((string) $out))));
	$doc = $lines ? json_decode(end($lines), true) : null;
	if ($rc !== 0 || !is_array($doc)) {
		$msg = trim(strtok(trim($err . "\n" . $out), "\n") ?: "exit $rc");
		return ['error' => $msg];
	}
	return $doc;
}

function callgrind_total(array $cmd): ?float
{
	global $WORK;
	$out = "$WORK/callgrind.out";
	@unlink($out);
	exec(implode(' ', array_map('escapeshellarg', array_merge(['valgrind', '--tool=callgrind', '--callgrind-out-file=' . $out], $cmd))) . ' >/dev/null 2>&1', $o, $rc);
	if ($rc !== 0 || !is_file($out)) {
		return null;
	}
	foreach (file($out) as $line) {
		if (preg_match('/^(?:summary|totals):\s+(\d+)/', $line, $m)) {
			return (float) $m[1];
		}
	}
	return null;
}

/** median, min, max of one field over rounds; null when a round failed. */
function agg(array $runs, string $field): ?array
{
	$v = [];
	foreach ($runs as $r) {
		if (!isset($r[$field])) {
			return null;
		}
		$v[] = (float) $r[$field];
	}
	if (!$v) {
		return null;
	}
	sort($v);
	$n = count($v);
	$med = $n % 2 ? $v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
	return ['med' => $med, 'min' => $v[0], 'max' => $v[$n - 1], 'n' => $n];
}

/** $n items over the wall times of agg(): items per second (the fastest round is the max). */
function per_second(float $n, ?array $w): ?array
{
	return $w ? ['med' => $n / $w['med'], 'min' => $n / $w['max'], 'max' => $n / $w['min']] : null;
}

function first_error(array $runs): string
{
	foreach ($runs as $r) {
		if (isset($r['error'])) {
			return $r['error'];
		}
	}
	return 'no figures';
}

function fmt(?array $a, int $dec = 1, string $unit = ''): string
{
	if ($a === null) {
		return 'n/a';
	}
	$f = fn($x) => number_format($x, $dec, '.', ',');
	return $f($a['med']) . $unit . ' (' . $f($a['min']) . ' to ' . $f($a['max']) . ')';
}

function ratio(?array $a, ?array $b, int $dec = 2): string
{
	if ($a === null || $b === null || $b['med'] == 0) {
		return 'n/a';
	}
	return number_format($a['med'] / $b['med'], $dec) . 'x';
}

/** Runs each job of $jobs once per round, in an order rotated every round. */
function alternate(array $jobs, int $rounds, string $label): array
{
	$names = array_keys($jobs);
	$res = array_fill_keys($names, []);
	for ($r = 0; $r < $rounds; $r++) {
		$order = array_merge(array_slice($names, $r % count($names)), array_slice($names, 0, $r % count($names)));
		if ($r % 2) {
			$order = array_reverse($order);
		}
		foreach ($order as $n) {
			fwrite(STDERR, "\r\033[K" . substr("$label: round " . ($r + 1) . "/$rounds, $n", 0, 78));
			$res[$n][] = $jobs[$n]();
		}
	}
	fwrite(STDERR, "\r\033[K");
	return $res;
}

$md = [];
function emit(string $s = ''): void
{
	global $md;
	$md[] = $s;
	echo $s, "\n";
}

$targets = [];
function target(bool $ok, string $text): string
{
	global $targets;
	$line = ($ok ? 'met' : '**missed**') . ": $text";
	$targets[] = $line;
	return $line;
}

// ---------------------------------------------------------------------------------------------

try {
	fwrite(STDERR, "starting servers in $WORK\n");
	make_certs($WORK);
	$HTTP = free_port();
	$HTTPS = free_port();
	start_nginx($WORK, $HTTP, $HTTPS);
	start('rtt_proxy', ['python3', __DIR__ . '/servers/rtt_proxy.py', "$WORK/rtt.port", (string) $P['rtt'], (string) $HTTPS]);
	$RTT_PORT = (int) wait_file("$WORK/rtt.port", 'rtt_proxy');
	$RTT_STATS = (int) wait_file("$WORK/rtt.port.stats", 'rtt_proxy');
	start('slow_api', ['python3', __DIR__ . '/servers/slow_api.py', "$WORK/slow.port", (string) $P['latency'], __DIR__ . '/fixtures/booking.json']);
	$SLOW = (int) wait_file("$WORK/slow.port", 'slow_api');
	$CA = "$WORK/ca.pem";
	$base = "http://127.0.0.1:$HTTP/v2";
	$tlsBase = "https://127.0.0.1:$HTTPS/v2";

	$calbookOk = $SO === '' ? ['error' => 'modules/calbook.so not built'] : run_json([$PHP, '-d', "extension=$SO", '-r',
		'$c = new Calbook\Client("cal_test_bench_key", ["base_url" => $argv[1]]); echo json_encode(["ok" => is_array($c->getBooking("x")->json())]), "\n";', $base]);
	$probe = $calbookOk;
	$calbookOk = ($probe['ok'] ?? false) === true;
	if (!$calbookOk) {
		fwrite(STDERR, "note: calbook's Client does not work in this build (" . ($probe['error'] ?? 'no figures') . "); its rows show n/a\n");
	}

	$cpuinfo = (string) @file_get_contents('/proc/cpuinfo');
	preg_match('/model name\s*:\s*(.+)/', $cpuinfo, $m);
	emit('## calbook benchmark');
	emit();
	emit('- machine: ' . (int) shell_exec('nproc') . ' cores, ' . trim($m[1] ?? 'unknown CPU') . ', ' . php_uname('s') . ' ' . php_uname('r'));
	$versions = run_json([$PHP, '-d', "extension=$SO", '-r', '
		$v = ["php" => PHP_VERSION, "curl" => curl_version()["version"], "ssl" => curl_version()["ssl_version"]];
		$v["calbook"] = phpversion("calbook") ?: "not loaded";
		foreach (["guzzle" => "php-guzzlehttp-guzzle", "symfony" => "php-symfony-http-client", "laravel" => "php-laravel-framework", "nginx" => "nginx-light"] as $k => $p) {
			$v[$k] = trim((string) shell_exec("dpkg-query -W -f=\'\${Version}\' $p 2>/dev/null"));
		}
		echo json_encode($v), "\n";']);
	if (($versions['nginx'] ?? '') === '') {
		$versions['nginx'] = trim((string) shell_exec('nginx -v 2>&1'));
	}
	unset($versions['error']);
	emit('- versions: ' . implode(', ', array_map(fn($k, $v) => "$k $v", array_keys($versions), $versions)));
	emit('- jansson ' . trim((string) shell_exec('pkg-config --modversion jansson')) . '; the C floor built with gcc -O2');
	$args = array_slice($argv, 1);
	emit('- command: `bash bench/run.sh' . ($args ? ' ' . implode(' ', array_map(fn($a) => preg_match('~^[\w=,./-]+$~', $a) ? $a : escapeshellarg($a), $args)) : '') . '`' . (getenv('CALBOOK_SO') ? ' with CALBOOK_SO=' . getenv('CALBOOK_SO') : ''));
	emit('- date: ' . gmdate('Y-m-d H:i') . ' UTC; tree: ' . trim((string) shell_exec('git -C ' . escapeshellarg(ROOT) . ' describe --always --dirty 2>/dev/null')) . ' (' . trim((string) shell_exec('git -C ' . escapeshellarg(ROOT) . ' rev-parse --abbrev-ref HEAD 2>/dev/null')) . ')');
	emit(sprintf('- mode: %s; %d rounds, alternating clients each round; figures are median (min to max)', $quick ? 'quick' : 'full', $P['rounds']));
	emit();

	$results = [];

	// 1. CPU per call, plain HTTP keep-alive.
	foreach (['cpu' => [$base, null], 'tls' => [$tlsBase, $CA]] as $kind => [$b, $ca]) {
		if (!in_array($kind, $only, true)) {
			continue;
		}
		$jobs = [];
		if ($calbookOk) {
			$jobs['calbook'] = fn() => worker(array_merge(['get', 'calbook', $b, (string) $P['calls'], (string) $P['warm']], $ca ? [$ca] : []), 'calbook');
		}
		$jobs['C libcurl+jansson (floor)'] = fn() => run_json(array_merge([$LOOP, "$b/bookings/bk_8Jr2mQxV4tLpZ9sN3wYc6H", (string) $P['calls'], (string) $P['warm']], $ca ? [$ca] : []));
		$jobs['C libcurl only, no parse'] = fn() => run_json(array_merge([$LOOP, '--no-parse', "$b/bookings/bk_8Jr2mQxV4tLpZ9sN3wYc6H", (string) $P['calls'], (string) $P['warm']], $ca ? [$ca] : []));
		foreach (['curl' => 'PHP ext/curl, one handle, json_decode', 'guzzle' => 'Guzzle, one client', 'symfony' => 'Symfony HttpClient, one client', 'laravel' => 'Laravel Http::withHeaders()->get() per call'] as $c => $label) {
			$jobs[$label] = fn() => worker(array_merge(['get', $c, $b, (string) $P['calls'], (string) $P['warm']], $ca ? [$ca] : []), $c);
		}
		$res = alternate($jobs, $P['rounds'], $kind === 'cpu' ? 'CPU per call (HTTP)' : 'CPU per call (TLS)');
		$results[$kind] = $res;
		$cb = isset($res['calbook']) ? agg($res['calbook'], 'cpu_us') : null;
		if ($kind === 'cpu') {
			emit('### 1. CPU per call: GET /v2/bookings/{uid}, nginx on loopback, keep-alive, plain HTTP');
		} else {
			emit('### 1b. CPU per call over TLS (nginx, P-256 certificate, keep-alive, no added latency)');
		}
		emit();
		emit(sprintf('%s calls per process after %s warm-up calls; CPU = user+sys of the client process (getrusage), server excluded; response %d bytes.', number_format($P['calls']), $P['warm'], filesize(__DIR__ . '/fixtures/booking.json') - 1));
		emit();
		emit('| client | CPU µs per call | wall µs per call | CPU vs calbook |');
		emit('|---|---|---|---|');
		foreach ($res as $name => $runs) {
			$cpu = agg($runs, 'cpu_us');
			$row = $cpu === null ? "n/a: " . first_error($runs) : fmt($cpu);
			emit(sprintf('| %s | %s | %s | %s |', $name, $row, fmt(agg($runs, 'wall_us')), $name === 'calbook' ? '1.00x' : ratio($cpu, $cb)));
		}
		emit();
		if ($kind === 'cpu' && $cb !== null) {
			$floor = agg($res['C libcurl+jansson (floor)'], 'cpu_us');
			$lar = agg($res['Laravel Http::withHeaders()->get() per call'], 'cpu_us');
			if ($floor) {
				emit('- ' . target($cb['med'] <= 1.2 * $floor['med'], 'calbook within 1.2x of the plain C loop: ' . ratio($cb, $floor)));
			}
			if ($lar) {
				emit('- ' . target($lar['med'] >= 10 * $cb['med'], 'at least 10x less CPU than Laravel Http: ' . ratio($lar, $cb, 1)));
			}
			emit();
		}
	}

	// 1c. Instructions per call (callgrind): repeatable where CPU time is noisy.
	if (in_array('instr', $only, true)) {
		$lo = $quick ? 50 : 100;
		$hi = $quick ? 250 : 600;
		$url = "$base/bookings/bk_8Jr2mQxV4tLpZ9sN3wYc6H";
		$cmds = [];
		$cmds['C libcurl+jansson (floor)'] = fn(int $n) => [$LOOP, $url, (string) $n, '20'];
		$cmds['C libcurl only, no parse'] = fn(int $n) => [$LOOP, '--no-parse', $url, (string) $n, '20'];
		foreach (['calbook' => 'calbook', 'curl' => 'PHP ext/curl, one handle, json_decode', 'guzzle' => 'Guzzle, one client', 'symfony' => 'Symfony HttpClient, one client', 'laravel' => 'Laravel Http::withHeaders()->get() per call'] as $c => $label) {
			if ($c === 'calbook' && !$calbookOk) {
				continue;
			}
			$cmds[$label] = fn(int $n) => array_merge([$PHP], $c === 'calbook' ? ['-d', "extension=$SO"] : [], [$WORKER, 'get', $c, $base, (string) $n, '20']);
		}
		// The same GET over TLS (nginx, keep-alive): calbook against its floor, ext/curl + json_decode.
		foreach (['calbook' => 'calbook over TLS', 'curl' => 'PHP ext/curl, one handle, json_decode, over TLS'] as $c => $label) {
			if ($c === 'calbook' && !$calbookOk) {
				continue;
			}
			$cmds[$label] = fn(int $n) => array_merge([$PHP], $c === 'calbook' ? ['-d', "extension=$SO"] : [], [$WORKER, 'get', $c, $tlsBase, (string) $n, '20', $CA]);
		}
		$ir = [];
		foreach ($cmds as $label => $mk) {
			fwrite(STDERR, "\r\033[Kinstructions: $label");
			$a = callgrind_total($mk($lo));
			$b = callgrind_total($mk($hi));
			$ir[$label] = ($a !== null && $b !== null) ? ($b - $a) / ($hi - $lo) : null;
		}
		fwrite(STDERR, "\r\033[K");
		$results['instr'] = $ir;
		emit('### 1c. Instructions per call (valgrind callgrind, client process only)');
		emit();
		emit(sprintf('Total instructions of a run with %d calls minus a run with %d calls, divided by %d: start-up and warm-up cancel out. Repeatable to a fraction of a percent, unlike CPU time on a shared machine.', $hi, $lo, $hi - $lo));
		emit();
		emit('| client | instructions per call | vs calbook |');
		emit('|---|---|---|');
		$cbi = $ir['calbook'] ?? null;
		$cbt = $ir['calbook over TLS'] ?? null;
		foreach ($ir as $label => $v) {
			$ref = str_ends_with($label, 'over TLS') ? $cbt : $cbi;
			emit(sprintf('| %s | %s | %s |', $label, $v === null ? 'n/a' : number_format($v, 0), ($v !== null && $ref) ? number_format($v / $ref, 2) . 'x' : 'n/a'));
		}
		emit();
		$curlPlain = $ir['PHP ext/curl, one handle, json_decode'] ?? null;
		$curlTls = $ir['PHP ext/curl, one handle, json_decode, over TLS'] ?? null;
		if ($cbi && $curlPlain && $cbt && $curlTls) {
			emit(sprintf('calbook per GET against ext/curl + json_decode, by instructions: %.3fx over plain HTTP, %.3fx over TLS.', $cbi / $curlPlain, $cbt / $curlTls));
			emit();
		}
	}

	// 2. Booking with host over TLS with a round-trip time.
	if (in_array('book', $only, true)) {
		$tlsRtt = "https://127.0.0.1:$RTT_PORT";
		$jobs = [];
		foreach (['hosts' => '/v2', 'legacy' => '/legacy/v2'] as $shape => $path) {
			if ($calbookOk) {
				$jobs["calbook|$shape"] = fn() => worker(['book', 'calbook', $tlsRtt . $path, (string) $P['bookings'], (string) $P['bwarm'], $CA, (string) $RTT_STATS], 'calbook');
			}
			$jobs["laravel|$shape"] = fn() => worker(['book', 'laravel', $tlsRtt . $path, (string) $P['bookings'], (string) $P['bwarm'], $CA, (string) $RTT_STATS], 'laravel');
		}
		$res = alternate($jobs, max(1, min($P['rounds'], 3)), 'booking over TLS');
		$results['book'] = $res;
		emit(sprintf('### 2. Booking with its host, warm worker, TLS, %s ms round-trip time', $P['rtt']));
		emit();
		emit(sprintf('%d bookings per process after %d warm-up; nginx (TLS 1.3, P-256) behind a proxy that adds the RTT (each direction RTT/2; a new connection pays one more RTT for the TCP handshake) because `tc netem` is not available here. Connections counted at the proxy. The service path is the incident fix: POST, then GET by uid, each through a fresh `Http::withHeaders()` (a new connection and TLS handshake each).', $P['bookings'], $P['bwarm']));
		emit();
		emit('| create response | client | wall ms per booking | connections per booking | client CPU µs per booking | speed-up |');
		emit('|---|---|---|---|---|---|');
		$checks = [];
		foreach (['hosts' => 'has hosts (v2, 2024-08-13)', 'legacy' => 'lacks hosts (legacy shape)'] as $shape => $label) {
			$cbw = isset($res["calbook|$shape"]) ? agg($res["calbook|$shape"], 'wall_ms') : null;
			$law = agg($res["laravel|$shape"], 'wall_ms');
			foreach (['calbook' => 'calbook createBooking', 'laravel' => 'service: Laravel Http POST + GET'] as $c => $cl) {
				$runs = $res["$c|$shape"] ?? [['error' => 'calbook not available']];
				$w = agg($runs, 'wall_ms');
				emit(sprintf('| %s | %s | %s | %s | %s | %s |', $label, $cl, $w ? fmt($w, 1) : 'n/a: ' . first_error($runs), fmt(agg($runs, 'conns'), 2), fmt(agg($runs, 'cpu_us'), 0), $c === 'calbook' ? ratio($law, $cbw, 1) : '1x'));
			}
			if ($cbw && $law) {
				$checks[] = target($law['med'] >= 3 * $cbw['med'], "booking path at least 3x faster ($label): " . ratio($law, $cbw, 1));
			}
		}
		emit();
		foreach ($checks as $c) {
			emit("- $c");
		}
		emit();
	}

	// 3. Backfill.
	if (in_array('backfill', $only, true)) {
		$slowBase = "http://127.0.0.1:$SLOW/v2";
		$jobs = [];
		if ($calbookOk) {
			$jobs['calbook getBookingsByUid, concurrency 8'] = fn() => worker(['backfill', 'calbook', $slowBase, (string) $P['backfill'], '8'], 'calbook');
			$jobs['calbook getBookingsByUid, concurrency 16'] = fn() => worker(['backfill', 'calbook', $slowBase, (string) $P['backfill'], '16'], 'calbook');
		}
		$jobs['Laravel Http GET, sequential'] = fn() => worker(['backfill', 'laravel', $slowBase, (string) $P['seq'], '1'], 'laravel');
		$res = alternate($jobs, $P['bf_rounds'], 'backfill');
		$results['backfill'] = $res;
		emit(sprintf('### 3. Backfill: %s bookings, every response %d ms after its request (plain HTTP, loopback)', number_format($P['backfill']), $P['latency']));
		emit();
		$seq = agg($res['Laravel Http GET, sequential'], 'wall_s');
		$seqScaled = $seq ? array_map(fn($x) => is_numeric($x) ? $x * $P['backfill'] / $P['seq'] : $x, $seq) : null;
		emit(sprintf('%d round(s). The server is asyncio (python3), answers any number of concurrent keep-alive connections.', $P['bf_rounds']));
		emit();
		emit('| client | wall s for all | bookings per second | client CPU ms | speed-up vs sequential |');
		emit('|---|---|---|---|---|');
		foreach ($res as $name => $runs) {
			$w = agg($runs, 'wall_s');
			$n = $runs[0]['count'] ?? $P['backfill'];
			$bps = per_second($n, $w);
			emit(sprintf('| %s | %s | %s | %s | %s |', $name, $w ? fmt($w, 2) : 'n/a: ' . first_error($runs), fmt($bps, 0), fmt(agg($runs, 'cpu_ms'), 0), str_starts_with($name, 'calbook') ? ratio($seqScaled, $w, 1) : '1x'));
		}
		emit();
		$c16 = isset($res['calbook getBookingsByUid, concurrency 16']) ? agg($res['calbook getBookingsByUid, concurrency 16'], 'wall_s') : null;
		if ($c16 && $seqScaled) {
			emit('- ' . target($seqScaled['med'] >= 8 * $c16['med'], 'backfill at least 8x faster than sequential at concurrency 16: ' . ratio($seqScaled, $c16, 1)));
			emit();
		}
	}

	// 3b. The backfill over HTTP/2 against HTTP/1.1 (both TLS through nginx, the same slow API).
	if (in_array('h2', $only, true) && $calbookOk) {
		$H2 = free_port();
		$H1 = free_port();
		start_h2_front($WORK, $H2, $H1, $SLOW);
		$frontLog = "$WORK/h2front-access.log";
		$n = $P['backfill'];
		$jobs = [];
		foreach ([8, 16] as $conc) {
			foreach (['HTTP/2' => $H2, 'HTTP/1.1' => $H1] as $proto => $port) {
				$jobs["$proto, concurrency $conc"] = fn() => with_front_log($frontLog, fn() => worker(['backfill', 'calbook', "https://127.0.0.1:$port/v2", (string) $n, (string) $conc, $CA], 'calbook'));
			}
		}
		$res = alternate($jobs, $P['bf_rounds'], 'backfill h2');
		$results['h2'] = $res;
		emit(sprintf('### 3b. Backfill over HTTP/2 against HTTP/1.1: %s bookings, TLS through nginx, every response %d ms after its request', number_format($n), $P['latency']));
		emit();
		emit(sprintf('%d round(s). calbook `getBookingsByUid` to nginx (TLS 1.3, P-256; one port with `http2`, one without), which proxies to the slow API over kept-alive connections. Connections are counted in nginx\'s access log (`$connection`), CPU is the client process\'s (getrusage).', $P['bf_rounds']));
		emit();
		emit('| nginx port, concurrency | protocol in nginx\'s log | connections | wall s for all | bookings per second | client CPU ms | CPU vs HTTP/1.1 |');
		emit('|---|---|---|---|---|---|---|');
		foreach ($res as $name => $runs) {
			$w = agg($runs, 'wall_s');
			$bps = per_second($n, $w);
			$cpu = agg($runs, 'cpu_ms');
			$other = str_replace('HTTP/2', 'HTTP/1.1', $name);
			$protos = implode(',', array_unique(array_column($runs, 'protocols')));
			emit(sprintf('| %s | %s | %s | %s | %s | %s | %s |', $name, $protos !== '' ? $protos : 'n/a', fmt(agg($runs, 'conns'), 0), $w ? fmt($w, 2) : 'n/a: ' . first_error($runs),
				fmt($bps, 0), fmt($cpu, 0), str_starts_with($name, 'HTTP/2') && isset($res[$other]) ? ratio($cpu, agg($res[$other], 'cpu_ms')) : '1.00x'));
		}
		emit();
		foreach ([8, 16] as $conc) {
			$c = agg($res["HTTP/2, concurrency $conc"], 'conns');
			if ($c) {
				emit('- ' . target($c['max'] == 1, "HTTP/2 backfill on one connection at concurrency $conc: " . fmt($c, 0)));
			}
		}
		emit();
	}

	// 4. HostMapper: a salon's staff list (20) and a large one (1,000), each against the PHP
	// strategies in the same process, with instruction counts.
	if (in_array('hostmapper', $only, true)) {
		emit('### 4. HostMapper resolutions per second versus the PHP strategies');
		emit();
		$hm = __DIR__ . '/hostmapper/run.php';
		if (!is_file($hm)) {
			emit('n/a: bench/hostmapper/run.php is not in this tree yet.');
		} else {
			$out = '';
			foreach ([20 => 10, 1000 => 30] as $staffCount => $want) {
				$args = ["--staff=$staffCount"];
				if ($quick) {
					array_push($args, '--hosts=10000', '--rounds=3');
				} else {
					$args[] = '--instr';
				}
				$p = proc_open(array_merge([$PHP, '-d', "extension=$SO", $hm], $args),
					[0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
				$o = stream_get_contents($pipes[1]);
				$err = stream_get_contents($pipes[2]);
				fclose($pipes[1]);
				fclose($pipes[2]);
				$rc = proc_close($p);
				$out .= $o;
				emit('Output of `php -d extension=modules/calbook.so bench/hostmapper/run.php ' . implode(' ', $args) . '`'
					. ($rc ? " (exit $rc)" : '') . ' (see bench/hostmapper/README.md):');
				emit();
				emit('```');
				foreach (explode("\n", rtrim((string) $o)) as $line) {
					emit($line);
				}
				emit('```');
				emit();
				// The CPU-time ratio is the figure to trust on a shared machine.
				if (preg_match('/\(CPU time\):.*?ratio\s+median\s+([\d.,]+)x/s', (string) $o, $m)) {
					$r = (float) str_replace(',', '', $m[1]);
					emit('- ' . target($r >= $want, "HostMapper at least {$want}x the PHP strategies with $staffCount staff (CPU time, median of the rounds): " . number_format($r, 1) . 'x'));
				}
				if ($rc !== 0 && trim((string) $err) !== '') {
					emit();
					emit('stderr: ' . trim(strtok((string) $err, "\n")));
				}
				emit();
			}
			$results['hostmapper'] = $out;
		}
		emit();
	}

	// 5. Memory.
	if (in_array('memory', $only, true)) {
		$jobs = [];
		if ($calbookOk) {
			$jobs['calbook'] = fn() => worker(['memory', 'calbook', $base, (string) $P['mem_small'], (string) $P['mem_large']], 'calbook');
		}
		$jobs['Laravel Http'] = fn() => worker(['memory', 'laravel', $base, (string) $P['mem_small'], (string) $P['mem_large']], 'laravel');
		$res = alternate($jobs, $P['mem_rounds'], 'memory');
		$results['memory'] = $res;
		emit(sprintf('### 5. Memory: RSS after %s calls versus after %s (GET, plain HTTP, one process)', number_format($P['mem_large']), number_format($P['mem_small'])));
		emit();
		emit('| client | RSS after ' . number_format($P['mem_small']) . ' KiB | RSS after ' . number_format($P['mem_large']) . ' KiB | RSS growth KiB | PHP heap growth bytes |');
		emit('|---|---|---|---|---|');
		foreach ($res as $name => $runs) {
			$g = agg($runs, 'rss_growth_kib');
			emit(sprintf('| %s | %s | %s | %s | %s |', $name, $g ? fmt(agg($runs, 'rss_small_kib'), 0) : 'n/a: ' . first_error($runs), fmt(agg($runs, 'rss_large_kib'), 0), fmt($g, 0), fmt(agg($runs, 'heap_growth_b'), 0)));
		}
		emit();
		if (isset($res['calbook']) && ($g = agg($res['calbook'], 'rss_growth_kib'))) {
			emit('- ' . target($g['med'] < 1024, 'calbook RSS growth under 1 MiB: ' . number_format($g['med']) . ' KiB'));
			emit();
		}
	}

	// 6. The shared rate-limit budget: many processes on one API key, with and without the
	// Redis limiter, against an idle baseline (bench/budget.php; about 3 minutes, once).
	if (in_array('budget', $only, true)) {
		emit('### 6. Shared rate-limit budget: 8 backfill processes and a live booker on one API key');
		emit();
		// --quick: 300 bookings and 45 idle bookings (about a minute) instead of 1,000 and 150.
		$p = proc_open(array_merge([$PHP, __DIR__ . '/budget.php'], $quick ? ['--bookings=300', '--idle=45'] : []), [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes,
			null, array_merge(getenv(), ['CALBOOK_SO' => $SO]));
		$o = stream_get_contents($pipes[1]);
		$err = stream_get_contents($pipes[2]);
		fclose($pipes[1]);
		fclose($pipes[2]);
		$rc = proc_close($p);
		foreach (explode("\n", rtrim((string) $o)) as $line) {
			if (preg_match('/^- (met|\*\*missed\*\*): (.*)$/', $line, $m)) {
				$line = '- ' . target($m[1] === 'met', $m[2]);
			}
			emit($line);
		}
		if ($rc !== 0) {
			emit();
			emit("bench/budget.php exited $rc: " . trim(substr((string) $err, -400)));
		}
		emit();
	}

	if ($targets) {
		emit('### Targets');
		emit();
		foreach ($targets as $t) {
			emit("- $t");
		}
		emit();
	}

	if (isset($opt['markdown'])) {
		file_put_contents((string) $opt['markdown'], implode("\n", $md) . "\n");
	}
} catch (Throwable $e) {
	fwrite(STDERR, 'bench: ' . $e->getMessage() . "\n");
	exit(1);
}
