<?php
/* A local HTTP server that answers every request with the same raw bytes, for the reliability
 * tests that need answers no real server (nor the emulator) would give: a Content-Length far
 * larger than the body, a chunked body whose trailer carries a Content-Length.
 *   php -n raw_server.php FILE     FILE holds the raw answer (status line, headers, body)
 * Prints "PORT\n" on stdout once listening. Each connection gets the answer, then is closed.
 * Several connections are served at once (stream_select). Stops after 120 s regardless. */
declare(strict_types=1);

$answer = file_get_contents($argv[1]);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if (!$server) {
	fwrite(STDERR, "raw_server: $errstr\n");
	exit(1);
}
$name = stream_socket_get_name($server, false);
echo substr($name, strrpos($name, ':') + 1), "\n";
fflush(STDOUT);

$clients = [];
$buf = [];
$until = time() + 120;
while (time() < $until) {
	$read = array_merge([$server], $clients);
	$w = $e = null;
	if (@stream_select($read, $w, $e, 1) < 1) {
		continue;
	}
	foreach ($read as $s) {
		if ($s === $server) {
			$c = @stream_socket_accept($server, 0);
			if ($c) {
				$clients[(int) $c] = $c;
				$buf[(int) $c] = '';
			}
			continue;
		}
		$data = fread($s, 65536);
		if ($data === '' || $data === false) {
			unset($clients[(int) $s], $buf[(int) $s]);
			fclose($s);
			continue;
		}
		$buf[(int) $s] .= $data;
		if (str_contains($buf[(int) $s], "\r\n\r\n")) {
			stream_set_blocking($s, true);
			fwrite($s, $answer);
			unset($clients[(int) $s], $buf[(int) $s]);
			fclose($s);
		}
	}
}
