--TEST--
Client::getBooking(): a 429 whose reset is beyond the wait cap is returned at once; throw() gives RateLimitException with the seconds
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 1, 'window_s' => 60, 'block_s' => 60]]);
$c = cbt_client($emu);
$c->getBooking('a1');
$r = $c->getBooking('a2');
var_dump($r->status(), cbt_requests($emu));
try {
    $r->throw();
} catch (Calbook\RateLimitException $e) {
    var_dump($e->getRetryAfter() >= 59 && $e->getRetryAfter() <= 60, $e->getErrorCode());
}
?>
--EXPECT--
int(429)
int(2)
bool(true)
string(18) "ThrottlerException"
