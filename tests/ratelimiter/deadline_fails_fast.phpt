--TEST--
RateLimiter: a wait that would pass timeout_ms ends the call at once with RateLimitException (retryAfter = ceil(wait / 1000)), nothing sent, no key in the message
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l, 'timeout_ms' => 1000]);

// Told to wait 5 s with 1 s left: thrown at once.
$l->answers = [5000];
$t = microtime(true);
try {
    $c->createBooking(cbt_flat());
    echo "no exception\n";
} catch (Calbook\RateLimitException $e) {
    $took = microtime(true) - $t;
    echo get_class($e), "\n", $e->getMessage(), "\n";
    var_dump($e->getRetryAfter(), $e->getStatus(), $took < 0.5, str_contains($e->getMessage(), $emu->apiKey));
}
// A first wait fits (400 ms), the second (700 ms) would pass the deadline.
$l->answers = [400, 700];
$t = microtime(true);
try {
    $c->getBooking('d1');
} catch (Calbook\RateLimitException $e) {
    $took = microtime(true) - $t;
    echo $e->getMessage(), "\n";
    var_dump($e->getRetryAfter(), $took >= 0.39 && $took < 0.9);
}
$st = $emu->stats();
var_dump($st['request_count'] ?? count($st['requests']), count($st['requests']), $st['bookings_created']);
var_dump(count(array_filter($l->calls, fn ($c) => $c[0] === 'observe')));
?>
--EXPECT--
Calbook\RateLimitException
Calbook\Client::createBooking(): POST /v2/bookings was not sent: the shared rate-limit budget is exhausted (the rate limiter asks to wait 5000 ms, past timeout_ms)
int(5)
int(429)
bool(true)
bool(false)
Calbook\Client::getBooking(): GET /v2/bookings/{uid} was not sent: the shared rate-limit budget is exhausted (the rate limiter asks to wait 700 ms, past timeout_ms)
int(1)
bool(true)
int(0)
int(0)
int(0)
int(0)
