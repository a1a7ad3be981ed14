--TEST--
Fault matrix: servers announcing a huge Content-Length with a small memory_limit: the body buffer grows with the data, each call ends in its own TransportException (never a fatal error)
--EXTENSIONS--
calbook
--INI--
memory_limit=8M
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
require __DIR__ . '/lib/raw.inc';
// 15 MB announced (under the default max_response_bytes of 16 MiB), 11 bytes sent, then close.
$base = rel_raw_server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15000000\r\n\r\n{\"data\":{}}");
$c = rel_client($base, ['max_retries' => 0]);
$e = null;
try {
    $c->getBooking('abc');
} catch (Calbook\TransportException $e) {
}
echo get_debug_type($e), ' curl=', $e?->getCurlCode(), "\n";

// Eight at once with the defaults.
$uids = array_map(fn($i) => "uid$i", range(1, 8));
$res = $c->getBookingsByUid($uids);
echo implode(',', array_unique(array_map('get_debug_type', $res))), "\n";

// One call with a large limit.
$big = rel_client($base, ['max_retries' => 0, 'max_response_bytes' => 1073741824]);
echo get_debug_type((function () use ($big) {
    try { return $big->getBooking('abc'); } catch (Calbook\Exception $e) { return $e; }
})()), "\n";
echo "memory ok: ", var_export(memory_get_peak_usage() < 8 * 1024 * 1024, true), "\n";
?>
--EXPECT--
Calbook\TransportException curl=18
Calbook\TransportException
Calbook\TransportException
memory ok: true
