--TEST--
Client::getBookingsByUid(): parallel GETs keyed by uid; a 404 is a failed Response, a 5xx is retried, a transport failure is a TransportException value; none aborts the others
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 2]);
$uids = [];
for ($i = 0; $i < 6; $i++) {
    $uids[] = $c->createBooking(cbt_flat(['start' => cbt_start(8 + $i)]))->throw()->json('data.uid');
}
$emu->config(['faults' => [
    ['match' => "GET /v2/bookings/{$uids[1]}", 'count' => 1, 'type' => 'status', 'status' => 503],
    ['match' => "GET /v2/bookings/{$uids[2]}", 'count' => 10, 'type' => 'close_before_response'],
]]);
$all = array_merge($uids, ['missingUid404', $uids[0]]);
$res = $c->getBookingsByUid($all, 4);
echo count($res), " results\n";
foreach ($res as $uid => $r) {
    $name = $uid === 'missingUid404' ? 'missing' : 'uid' . array_search($uid, $uids);
    if ($r instanceof Calbook\Response) {
        echo $name, ': Response ', $r->status(), ' ', $r->status() === 200 ? ($r->json('data.uid') === $uid ? 'same uid' : 'OTHER') : '', "\n";
    } else {
        echo $name, ': ', get_class($r), ' mayHaveReachedServer=', var_export($r->mayHaveReachedServer(), true), "\n";
    }
}
var_dump(array_keys($res) === array_values(array_unique($all)));
?>
--EXPECT--
7 results
uid0: Response 200 same uid
uid1: Response 200 same uid
uid2: Calbook\TransportException mayHaveReachedServer=true
uid3: Response 200 same uid
uid4: Response 200 same uid
uid5: Response 200 same uid
missing: Response 404 
bool(true)
