--TEST--
Fault matrix: getBookingsByUid over parallel connections with a different fault per uid gives one result per uid, each the documented one
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl, ['max_response_bytes' => 1024 * 1024]);
$uids = [];
for ($i = 0; $i < 6; $i++) {
	$uids[] = $c->createBooking(rel_booking($i))->json('data.uid');
}
$uids[] = 'nonexistent';
$emu->config(['faults' => [
	['match' => 'GET /v2/bookings/' . $uids[0] . '$', 'type' => 'truncate'],
	['match' => 'GET /v2/bookings/' . $uids[1] . '$', 'type' => 'status', 'status' => 503, 'count' => 1],
	['match' => 'GET /v2/bookings/' . $uids[2] . '$', 'type' => 'invalid_json'],
	['match' => 'GET /v2/bookings/' . $uids[3] . '$', 'type' => 'huge_body', 'bytes' => 3000000],
	['match' => 'GET /v2/bookings/' . $uids[4] . '$', 'type' => 'close_before_response'],
]]);
$seen = count($emu->stats()['requests']);
$res = $c->getBookingsByUid($uids, 4);
echo 'results: ', count($res), "\n";
$what = ['truncated', '503 once', 'invalid JSON', 'too large', 'closed', 'plain', 'unknown uid'];
foreach ($uids as $i => $u) {
	$r = $res[$u] ?? null;
	echo $what[$i], ': ', $r instanceof Calbook\Response
		? 'Response ' . $r->status() . ($r->status() === 200 ? ($r->json('data.uid') === $u ? ' (this booking)' : ' (json ' . var_export($r->json(), true) . ')') : '')
		: get_debug_type($r), "\n";
}
echo 'requests seen: ', count($emu->stats()['requests']) - $seen, ', bookings: ', $emu->stats()['bookings_created'], "\n";
?>
--EXPECT--
results: 7
truncated: Calbook\TransportException
503 once: Response 200 (this booking)
invalid JSON: Response 200 (json NULL)
too large: Calbook\InvalidResponseException
closed: Response 200 (this booking)
plain: Response 200 (this booking)
unknown uid: Response 404
requests seen: 9, bookings: 6
