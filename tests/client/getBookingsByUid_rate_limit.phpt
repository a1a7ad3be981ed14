--TEST--
Client::getBookingsByUid(): a 429 waits for the reset and retries (GET is idempotent); every uid gets its answer
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 3, 'window_s' => 1, 'block_s' => 1]]);
$c = cbt_client($emu, ['max_retries' => 3]);
$uids = ['u1', 'u2', 'u3', 'u4', 'u5'];
$res = $c->getBookingsByUid($uids, 2);
foreach ($res as $uid => $r) echo $uid, ' ', $r instanceof Calbook\Response ? $r->status() : get_class($r), "\n";
$statuses = array_count_values(array_column($emu->stats()['requests'], 'status'));
ksort($statuses);
var_dump(isset($statuses[429]), $statuses[404], $c->stats()['retries'] >= 1);
?>
--EXPECT--
u1 404
u2 404
u3 404
u4 404
u5 404
bool(true)
int(5)
bool(true)
