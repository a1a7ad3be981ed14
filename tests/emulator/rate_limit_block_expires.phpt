--TEST--
Rate limit: after the block period the key is served again with a fresh window
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 1, 'window_s' => 1, 'block_s' => 1]]);
$h = $emu->headers('bookings');
echo $emu->request('GET', '/bookings', $h)['status'], "\n";
echo $emu->request('GET', '/bookings', $h)['status'], "\n";
usleep(1300000);
$r = $emu->request('GET', '/bookings', $h);
echo $r['status'], ' ', $r['headers']['x-ratelimit-remaining-default'], "\n";
// The limit can be changed (or turned off with limit 0) on the fly.
$emu->config(['rate_limit' => ['limit' => 0]]);
$r = $emu->request('GET', '/bookings', $h);
echo $r['status'], ' ', isset($r['headers']['x-ratelimit-limit-default']) ? 'headers' : 'no headers', "\n";
?>
--EXPECT--
200
429
200 0
200 no headers
