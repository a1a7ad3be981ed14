--TEST--
Client::createBooking(): when the 201 lacks hosts and the follow-up GET answers 2xx with something that is not a booking with hosts (HTML, empty, truncated JSON, no hosts), the 201 is returned
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$c = cbt_client($emu, ['max_retries' => 0]);
$faults = [
    'html' => ['type' => 'wrong_content_type', 'body' => '<html><body>maintenance</body></html>'],
    'empty' => ['type' => 'wrong_content_type', 'content_type' => 'application/json', 'body' => ''],
    'truncated JSON' => ['type' => 'invalid_json'],
    'no hosts' => ['type' => 'wrong_content_type', 'content_type' => 'application/json', 'body' => '{"status":"success","data":{"uid":"x"}}'],
];
$hour = 9;
foreach ($faults as $what => $fault) {
    $emu->config(['faults' => [$fault + ['match' => 'GET /v2/bookings/', 'count' => 1]]]);
    $r = $c->createBooking(cbt_flat(['start' => cbt_start($hour++)]));
    $data = $r->data();
    echo $what, ': ', $r->status(), ' uid ', is_string($data['uid'] ?? null) ? 'present' : 'missing',
        ', throw() ', cbt_catch(fn() => $r->throw()) === 'no exception' ? 'passes' : 'raises', "\n";
}
var_dump($emu->stats()['bookings_created']);
// Without a fault the GET's booking (with hosts) is returned.
$r = $c->createBooking(cbt_flat(['start' => cbt_start($hour)]));
var_dump($r->status(), count($r->json('data.hosts')));
?>
--EXPECT--
html: 201 uid present, throw() passes
empty: 201 uid present, throw() passes
truncated JSON: 201 uid present, throw() passes
no hosts: 201 uid present, throw() passes
int(4)
int(200)
int(1)
