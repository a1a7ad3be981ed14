--TEST--
RateLimiter: an exception thrown by observe() is discarded and counted in stats()['rate_limiter_errors']: createBooking still returns the booking it made
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$l = new RecordingLimiter;
$l->observeThrows = new RuntimeException('budget store unreachable');
$c = cbt_client($emu, ['rate_limiter' => $l]);
$r = $c->createBooking(cbt_flat());
echo $r->status(), ' ', $r->json('data.hosts.0.name'), "\n";
var_dump($emu->stats()['bookings_created'], $c->stats()['rate_limiter_errors']);
// Each answer counts once; a TypeError from observe() is discarded too.
$l->observeThrows = new TypeError('bad');
echo $c->getBooking($r->json('data.uid'))->status(), "\n";
var_dump($c->stats()['rate_limiter_errors'], count($emu->stats()['requests']));
// Without observe() failures the counter stays.
$l->observeThrows = null;
$c->getBooking('nope');
var_dump($c->stats()['rate_limiter_errors']);
?>
--EXPECT--
201 Fabian Spitzer
int(1)
int(1)
200
int(2)
int(2)
int(2)
