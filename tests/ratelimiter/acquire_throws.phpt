--TEST--
RateLimiter: an exception thrown by acquire() propagates unchanged and nothing is sent; a negative answer is a Calbook\RuntimeException, nothing sent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l]);

$boom = new RuntimeException('budget store unreachable');
$l->answers = [$boom];
try {
    $c->createBooking(cbt_flat());
} catch (Throwable $e) {
    var_dump($e === $boom);
}
$l->answers = [new LogicException('again')];
echo cbt_catch(fn () => $c->getBookingsByUid(['m1', 'm2'])), "\n";
$l->answers = [-5];
echo cbt_catch(fn () => $c->getBooking('n1')), "\n";
$l->answers = [0, -1];
echo cbt_catch(fn () => $c->getBookingsByUid(['m3', 'm4'], 2)), "\n";
$st = $emu->stats();
var_dump(count($st['requests']), $st['bookings_created']);
var_dump(count(array_filter($l->calls, fn ($c) => $c[0] === 'observe')));
// The client still works afterwards.
echo $c->getBooking('n2')->status(), ' ', count($emu->stats()['requests']), "\n";
?>
--EXPECT--
bool(true)
LogicException: again
Calbook\RuntimeException: Calbook\Client::getBooking(): RecordingLimiter::acquire() returned -5: it must return 0 (granted) or the milliseconds to wait; nothing was sent
Calbook\RuntimeException: Calbook\Client::getBookingsByUid(): RecordingLimiter::acquire() returned -1: it must return 0 (granted) or the milliseconds to wait; nothing was sent
int(0)
int(0)
int(0)
404 1
