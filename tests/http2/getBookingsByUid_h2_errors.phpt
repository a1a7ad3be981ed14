--TEST--
HTTP/2 error paths: a 404 uid among a multiplexed batch is a failed Response in its slot (the others 200, one connection); without ca_file the self-signed front fails TLS verification: TransportException (not sent, not retried) per slot and from a single call, and nothing reaches nginx
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu);
$uids = h2t_seed($emu, 6);
$c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'ca_file' => $front->caFile, 'max_retries' => 2]);
$batch = [$uids[0], $uids[1], 'missingUid404', $uids[2], $uids[3], $uids[4], $uids[5]];
$res = $c->getBookingsByUid($batch, 8);
foreach ($res as $uid => $r) {
    $name = $uid === 'missingUid404' ? 'missing' : 'uid' . array_search($uid, $uids);
    echo $name, ': ', get_class($r), ' ', $r->status(), ' ', $r->status() === 200 ? ($r->json('data.uid') === $uid ? 'same uid' : 'OTHER') : $r->json('error.code'), "\n";
}
$log = $front->log(7);
echo count($log), ' requests, ', CalbookFront::connections($log), ' connection, ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";

// No ca_file: the system bundle does not know the throwaway certificate.
$front->clearLog();
$strict = new Calbook\Client($emu->apiKey, ['base_url' => $front->h2Url, 'max_retries' => 2, 'persistent' => false]);
$res = $strict->getBookingsByUid([$uids[0], $uids[1], $uids[2]], 3);
foreach ($res as $uid => $r) {
    echo get_class($r), ' mayHaveReachedServer=', var_export($r->mayHaveReachedServer(), true), ' curl=', $r->getCurlCode(), ' attempts=', $r->getAttempts(),
        ' ', str_contains($r->getMessage(), 'was not sent') ? 'not sent' : $r->getMessage(), "\n";
}
try {
    $strict->getBooking($uids[0]);
    echo "no exception\n";
} catch (Calbook\TransportException $e) {
    echo get_class($e), ' mayHaveReachedServer=', var_export($e->mayHaveReachedServer(), true), ' curl=', $e->getCurlCode(), ' attempts=', $e->getAttempts(), ' ', str_contains($e->getMessage(), 'was not sent') ? 'not sent' : $e->getMessage(), "\n";
}
usleep(100000);
echo count($front->log()), " requests reached nginx\n";
$st = $strict->stats();
echo $st['retries'], " retries\n";
?>
--EXPECT--
uid0: Calbook\Response 200 same uid
uid1: Calbook\Response 200 same uid
missing: Calbook\Response 404 NotFoundException
uid2: Calbook\Response 200 same uid
uid3: Calbook\Response 200 same uid
uid4: Calbook\Response 200 same uid
uid5: Calbook\Response 200 same uid
7 requests, 1 connection, HTTP/2.0
Calbook\TransportException mayHaveReachedServer=false curl=60 attempts=1 not sent
Calbook\TransportException mayHaveReachedServer=false curl=60 attempts=1 not sent
Calbook\TransportException mayHaveReachedServer=false curl=60 attempts=1 not sent
Calbook\TransportException mayHaveReachedServer=false curl=60 attempts=1 not sent
0 requests reached nginx
0 retries
