--TEST--
HTTP/2 fallback: getBookingsByUid() through an nginx port that offers only HTTP/1.1 (TLS, ALPN http/1.1) runs on several connections, at most `concurrency`, every result correct
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$front = calbook_front_start($emu);
$uids = h2t_seed($emu, 40);
foreach ([16, 3] as $concurrency) {
    $front->clearLog();
    $c = new Calbook\Client($emu->apiKey, ['base_url' => $front->h1Url, 'ca_file' => $front->caFile, 'persistent' => false]);
    $res = $c->getBookingsByUid($uids, $concurrency);
    echo "concurrency $concurrency: ", h2t_check($uids, $res), "\n";
    $log = $front->log(40);
    $conns = CalbookFront::connections($log);
    echo '  ', count($log), ' requests, protocols ', implode(',', array_unique(array_column($log, 'protocol'))), "\n";
    echo '  more than one connection: ', var_export($conns > 1, true), ', at most the concurrency: ', var_export($conns <= $concurrency, true), "\n";
    echo '  the client counted the same: ', var_export($c->stats()['connections_opened'] === $conns, true), "\n";
}
?>
--EXPECT--
concurrency 16: all 40 correct
  40 requests, protocols HTTP/1.1
  more than one connection: true, at most the concurrency: true
  the client counted the same: true
concurrency 3: all 40 correct
  40 requests, protocols HTTP/1.1
  more than one connection: true, at most the concurrency: true
  the client counted the same: true
