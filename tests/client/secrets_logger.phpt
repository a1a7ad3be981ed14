--TEST--
Client logger: entries carry method, path template, status, duration, attempt, request id and connection; never the key, bodies or customer data
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log)]);
$r = $c->createBooking(cbt_flat(['phone' => '+4915112345678', 'metadata' => ['note' => 'Allergie gegen X']]));
$c->getBooking('unknownUid1');
$all = json_encode($log);
foreach ([$emu->apiKey, 'Erika', 'erika@example.org', '+4915112345678', 'Allergie', $r->json('data.uid') === null ? 'x' : 'Mustermann'] as $secret) {
    echo str_contains($all, $secret) ? "LEAK\n" : "ok\n";
}
$ctx = $log[0][2];
echo implode(',', array_keys($ctx)), "\n";
var_dump($ctx['method'], $ctx['path'], $ctx['status'], is_float($ctx['duration_ms']), $ctx['attempt'], is_string($ctx['request_id']), $ctx['connection']);
echo $log[1][2]['connection'], ' ', $log[3][0], ' ', $log[3][1], "\n";
?>
--EXPECT--
ok
ok
ok
ok
ok
ok
method,path,status,duration_ms,attempt,request_id,connection
string(4) "POST"
string(12) "/v2/bookings"
int(201)
bool(true)
int(1)
bool(true)
string(3) "new"
reused warning calbook: GET /v2/bookings/{uid} 404
