--TEST--
HTTP/2: getBookingsByUid() of 40 bookings at concurrency 16 through nginx over TLS multiplexes every GET on one connection (nginx's log: one connection, HTTP/2.0 for all)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu);
$uids = h2t_seed($emu, 40);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile]);
$res = $c->getBookingsByUid($uids, 16);
echo h2t_check($uids, $res), "\n";
$log = $front->log(40);
echo count($log), " requests in nginx's log\n";
echo 'connections: ', CalbookFront::connections($log), "\n";
echo 'protocols: ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";
echo 'methods and statuses: ', implode(',', array_unique(array_map(fn($e) => $e['method'] . ' ' . $e['status'], $log))), "\n";
echo 'ports: ', implode(',', array_unique(array_column($log, 'port'))) === (string) $front->h2Port ? 'the h2 port' : 'OTHER', "\n";
// The one connection carried the 40 requests (nginx counts them per connection).
echo 'requests on it: ', max(array_column($log, 'requests')), "\n";
$st = $c->stats();
echo 'client: ', $st['requests'], ' requests, ', $st['connections_opened'], ' connection opened, ', $st['retries'], " retries\n";
?>
--EXPECT--
all 40 correct
40 requests in nginx's log
connections: 1
protocols: HTTP/2.0
methods and statuses: GET 200
ports: the h2 port
requests on it: 40
client: 40 requests, 1 connection opened, 0 retries
