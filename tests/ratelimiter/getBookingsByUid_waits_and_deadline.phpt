--TEST--
RateLimiter: getBookingsByUid() asks before each transfer; a transfer told to wait starts later while the others go on; one that cannot get budget before timeout_ms gets a RateLimitException in its slot, never sent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);

// The third ask (u3) waits 400 ms; u4 starts meanwhile; u3 is asked again and sent later.
$l = new RecordingLimiter;
$asked = [];
$l->answers = [0, 0, function () use (&$asked) { $asked[] = microtime(true); return 400; }, 0,
               function () use (&$asked) { $asked[] = microtime(true); return 0; }];
$c = cbt_client($emu, ['rate_limiter' => $l]);
$t = microtime(true);
$res = $c->getBookingsByUid(['u1', 'u2', 'u3', 'u4'], 4);
foreach ($res as $uid => $r) echo $uid, ' ', $r instanceof Calbook\Response ? $r->status() : get_class($r), "\n";
$seen = $emu->stats()['requests'];
$order = array_map(fn ($q) => basename($q['path']), $seen);
$first = array_slice($order, 0, 3);
sort($first);
echo implode(' ', $first), ' then ', implode(' ', array_slice($order, 3)), "\n";
var_dump(count($asked) === 2 && $asked[1] - $asked[0] >= 0.39);
$byPath = array_column($seen, 'time', 'path');
var_dump($byPath['/v2/bookings/u3'] >= round($asked[0] + 0.4, 3) - 0.002);
echo implode(' ', array_map(fn ($c) => $c[0] . ':' . ($c[0] === 'acquire' ? $c[3] : $c[3]), array_slice($l->calls, 0, 4))), "\n";
echo 'observed: ', implode(' ', array_map(fn ($c) => $c[3], array_filter($l->calls, fn ($c) => $c[0] === 'observe'))), "\n";
var_dump($c->stats()['rate_limiter_wait_ms']);

// u6 is told to wait 60 s with timeout_ms 1500: RateLimitException in its slot; the others are fetched.
$emu->reset();
$l2 = new RecordingLimiter;
$l2->answers = [0, 60000, 0];
$c2 = cbt_client($emu, ['rate_limiter' => $l2, 'timeout_ms' => 1500]);
$t = microtime(true);
$res = $c2->getBookingsByUid(['u5', 'u6', 'u7'], 2);
$took = microtime(true) - $t;
foreach ($res as $uid => $r) echo $uid, ' ', $r instanceof Calbook\Response ? $r->status() : get_class($r), "\n";
echo $res['u6']->getMessage(), "\n";
var_dump($res['u6']->getRetryAfter(), $took < 1.4);
$order = array_map(fn ($q) => basename($q['path']), $emu->stats()['requests']);
sort($order);
echo implode(' ', $order), "\n";
?>
--EXPECT--
u1 404
u2 404
u3 404
u4 404
u1 u2 u4 then u3
bool(true)
bool(true)
acquire:batch acquire:batch acquire:batch acquire:batch
observed: 404 404 404 404
int(400)
u5 404
u6 Calbook\RateLimitException
u7 404
Calbook\Client::getBookingsByUid(): GET /v2/bookings/{uid} was not sent: the shared rate-limit budget is exhausted (the rate limiter asks to wait 60000 ms, past timeout_ms)
int(60)
bool(true)
u5 u7
