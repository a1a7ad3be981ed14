--TEST--
RateLimiter: keyId is the first 32 lowercase hex characters of SHA-256(api key), the same in acquire() and observe(); the key itself reaches the limiter nowhere
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['api_keys' => ['cal_test_calbook_emulator', 'cal_live_other_key_0123']]);
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l]);
$c->getBooking('abc');
$expected = substr(hash('sha256', $emu->apiKey), 0, 32);
var_dump(array_unique(array_column($l->calls, 1)) === [$expected]);
var_dump(preg_match('/^[0-9a-f]{32}$/', $l->calls[0][1]) === 1);

// Another key, another id.
$l2 = new RecordingLimiter;
$c2 = new Calbook\Client('cal_live_other_key_0123', ['base_url' => $emu->baseUrl, 'rate_limiter' => $l2]);
$c2->getBooking('abc');
var_dump($l2->calls[0][1] === substr(hash('sha256', 'cal_live_other_key_0123'), 0, 32), $l2->calls[0][1] !== $expected);

// Nothing the limiter was given, nor var_dump of the client, contains the key.
ob_start();
var_dump($l->calls, $l2->calls, $c, $c2);
print_r($c);
$dump = ob_get_clean();
var_dump(str_contains($dump, $emu->apiKey), str_contains($dump, 'cal_live_other_key_0123'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
