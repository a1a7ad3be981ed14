--TEST--
RateLimiter: in getBookingsByUid(), a transfer still waiting for the shared budget when timeout_ms runs out gets a RateLimitException in its slot (not sent)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);
// w1 is granted; w2 must wait 300 ms; while observe() of w1's answer takes 900 ms the
// deadline (600 ms) passes, so w2 never gets its turn.
$l = new class extends RecordingLimiter {
    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        parent::observe($keyId, $priority, $status, $limit, $remaining, $resetSeconds);
        usleep(900000);
    }
};
$l->answers = [0, 300];
$c = cbt_client($emu, ['rate_limiter' => $l, 'timeout_ms' => 600]);
$res = $c->getBookingsByUid(['w1', 'w2'], 2);
foreach ($res as $uid => $r) echo $uid, ' ', $r instanceof Calbook\Response ? $r->status() : get_class($r), "\n";
echo $res['w2']->getMessage(), "\n";
var_dump($res['w2']->getRetryAfter());
echo implode(' ', array_map(fn ($q) => basename($q['path']), $emu->stats()['requests'])), "\n";
echo count(array_filter($l->calls, fn ($c) => $c[0] === 'acquire')), " acquires\n";
?>
--EXPECT--
w1 404
w2 Calbook\RateLimitException
Calbook\Client::getBookingsByUid(): GET /v2/bookings/{uid} was not sent: the shared rate-limit budget is exhausted (the rate limiter asks to wait 300 ms, past timeout_ms)
int(1)
w1
2 acquires
