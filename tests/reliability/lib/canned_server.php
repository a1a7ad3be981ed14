<?php
/* A small HTTP/1.1 keep-alive server with canned Cal.com answers, for the reliability tests:
 * plain TCP or TLS, single process, stream_select. Not the emulator: no state, no rules, just
 * fast fixed answers (the soak test's bulk) and the TLS endpoint of the fault matrix.
 *   php -n canned_server.php [--tls CERT KEY] [--port-file FILE]
 * Prints "PORT\n" on stdout once listening (and writes it to --port-file). Answers:
 *   GET  /v2/bookings/missing...  404 NotFoundException envelope
 *   GET  /v2/bookings/...         200 a booking with its host
 *   POST /v2/bookings             201 a booking with its host
 *   anything else                 404 envelope
 * Counts: GET /__stats answers {"connections":N,"requests":N}. Stops after 300 s regardless. */
declare(strict_types=1);

$tls = null;
$portFile = null;
for ($i = 1; $i < $argc; $i++) {
	if ($argv[$i] === '--tls') {
		$tls = [$argv[++$i], $argv[++$i]];
	} elseif ($argv[$i] === '--port-file') {
		$portFile = $argv[++$i];
	}
}
$ctx = stream_context_create(['socket' => ['backlog' => 128]]);
if ($tls) {
	stream_context_set_option($ctx, 'ssl', 'local_cert', $tls[0]);
	stream_context_set_option($ctx, 'ssl', 'local_pk', $tls[1]);
	stream_context_set_option($ctx, 'ssl', 'verify_peer', false);
}
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
if (!$server) {
	fwrite(STDERR, "canned_server: $errstr\n");
	exit(1);
}
$name = stream_socket_get_name($server, false);
$port = (int) substr($name, strrpos($name, ':') + 1);
if ($portFile) {
	file_put_contents($portFile . '.tmp', "$port\n");
	rename($portFile . '.tmp', $portFile);
}
echo "$port\n";
fflush(STDOUT);

$booking = json_encode(['status' => 'success', 'data' => [
	'id' => 9001, 'uid' => 'canned-booking-uid', 'title' => 'Herrenhaarschnitt', 'description' => '',
	'hosts' => [['id' => 102, 'name' => 'Jürgen Müller', 'email' => 'juergen@salon-demo.test',
		'username' => 'juergen', 'timeZone' => 'Europe/Berlin']],
	'status' => 'accepted', 'start' => '2030-01-08T13:00:00.000Z', 'end' => '2030-01-08T13:30:00.000Z',
	'duration' => 30, 'eventTypeId' => 501, 'eventType' => ['id' => 501, 'slug' => 'herrenhaarschnitt'],
	'location' => '', 'absentHost' => false, 'createdAt' => '2029-12-01T10:00:00.000Z', 'updatedAt' => null,
	'attendees' => [['name' => 'Max Mustermann', 'email' => 'max@example.test', 'timeZone' => 'Europe/Berlin',
		'absent' => false]],
	'bookingFieldsResponses' => new stdClass(),
]], JSON_UNESCAPED_UNICODE);
$notFound = json_encode(['status' => 'error', 'timestamp' => '2030-01-01T00:00:00.000Z', 'path' => '/v2/bookings/missing',
	'error' => ['code' => 'NotFoundException', 'message' => 'Booking not found',
		'details' => ['message' => 'Booking not found', 'error' => 'Not Found', 'statusCode' => 404]]]);

$clients = [];   /* id => stream */
$buffers = [];   /* id => pending input */
$pending = [];   /* id => output not yet written */
$handshaking = [];
$connections = 0;
$requests = 0;
$deadline = time() + 300;

function answer(int $status, string $body): string
{
	$reason = [200 => 'OK', 201 => 'Created', 404 => 'Not Found'][$status] ?? 'OK';
	return "HTTP/1.1 $status $reason\r\nContent-Type: application/json; charset=utf-8\r\n"
		. "Content-Length: " . strlen($body) . "\r\nX-Request-Id: canned-" . $GLOBALS['requests'] . "\r\n\r\n" . $body;
}

while (time() < $deadline) {
	$read = [$server];
	foreach ($clients as $id => $c) {
		$read[] = $c;
	}
	$write = [];
	foreach ($pending as $id => $out) {
		if ($out !== '') {
			$write[] = $clients[$id];
		}
	}
	$except = null;
	if (@stream_select($read, $write, $except, 1) === false) {
		continue;
	}
	foreach ($read as $s) {
		if ($s === $server) {
			$c = @stream_socket_accept($server, 0);
			if (!$c) {
				continue;
			}
			$connections++;
			$id = (int) $c;
			$clients[$id] = $c;
			$buffers[$id] = '';
			$pending[$id] = '';
			if ($tls) {
				stream_set_blocking($c, true);
				stream_set_timeout($c, 5);
				$ok = @stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_SERVER);
				if ($ok !== true) {
					fclose($c);
					unset($clients[$id], $buffers[$id], $pending[$id]);
					continue;
				}
			}
			stream_set_blocking($c, false);
			continue;
		}
		$id = (int) $s;
		$data = @fread($s, 65536);
		if ($data === '' || $data === false) {
			if (feof($s)) {
				fclose($s);
				unset($clients[$id], $buffers[$id], $pending[$id]);
			}
			continue;
		}
		$buffers[$id] .= $data;
		while (($end = strpos($buffers[$id], "\r\n\r\n")) !== false) {
			$head = substr($buffers[$id], 0, $end);
			$len = 0;
			if (preg_match('/^content-length:\s*(\d+)/mi', $head, $m)) {
				$len = (int) $m[1];
			}
			if (strlen($buffers[$id]) < $end + 4 + $len) {
				break;
			}
			$buffers[$id] = (string) substr($buffers[$id], $end + 4 + $len);
			$requests++;
			[$method, $target] = explode(' ', strtok($head, "\r\n")) + ['', ''];
			$path = (string) parse_url($target, PHP_URL_PATH);
			if ($path === '/__stats') {
				$out = answer(200, json_encode(['connections' => $connections, 'requests' => $requests - 1]));
			} elseif ($method === 'POST' && $path === '/v2/bookings') {
				$out = answer(201, $booking);
			} elseif ($method === 'GET' && strncmp($path, '/v2/bookings/missing', 20) === 0) {
				$out = answer(404, $notFound);
			} elseif ($method === 'GET' && strncmp($path, '/v2/bookings/', 13) === 0) {
				$out = answer(200, $booking);
			} else {
				$out = answer(404, $notFound);
			}
			$pending[$id] .= $out;
		}
	}
	foreach ($write as $s) {
		$id = (int) $s;
		if (!isset($pending[$id])) {
			continue;
		}
		$n = @fwrite($s, $pending[$id]);
		if ($n === false) {
			fclose($s);
			unset($clients[$id], $buffers[$id], $pending[$id]);
			continue;
		}
		$pending[$id] = (string) substr($pending[$id], $n);
	}
}
