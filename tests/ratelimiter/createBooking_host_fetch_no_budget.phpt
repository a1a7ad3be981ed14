--TEST--
RateLimiter: when the host GET after a create gets no budget before the deadline, or acquire() throws for it, the created booking is returned (never hidden) and a warning is logged
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0], 'create_without_hosts' => true]);
$l = new RecordingLimiter;
$log = [];
$c = cbt_client($emu, ['rate_limiter' => $l, 'timeout_ms' => 3000, 'logger' => cbt_logger($log)]);

$l->answers = [0, 60000];
$r = $c->createBooking(cbt_flat());
echo $r->status(), ' uid=', $r->json('data.uid') !== null ? 'yes' : 'no', ' hosts=', $r->json('data.hosts') === null ? 'absent' : 'present', "\n";

$l->answers = [0, new RuntimeException('budget store unreachable')];
$r = $c->createBooking(cbt_flat(['start' => cbt_start(10)]));
echo $r->status(), ' uid=', $r->json('data.uid') !== null ? 'yes' : 'no', "\n";

echo implode("\n", rlt_seen($emu)), "\n";
var_dump($emu->stats()['bookings_created']);
foreach ($log as [$level, $msg]) if ($level === 'warning') echo "$level $msg\n";
?>
--EXPECT--
201 uid=yes hosts=absent
201 uid=yes
POST /v2/bookings 201
POST /v2/bookings 201
int(2)
warning calbook: create response without hosts; fetching the booking failed; returning the create response
warning calbook: create response without hosts; fetching the booking failed; returning the create response
