--TEST--
RateLimiter: a client holding a limiter shows rate_limiter => true and its priority in var_dump (never the limiter's state nor the key), and still cannot be cloned or serialized
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l, 'priority' => 'batch']);
$info = (function (Calbook\Client $c) { ob_start(); var_dump($c); return ob_get_clean(); })($c);
echo substr($info, strpos($info, '["rate_limiter"]') - 2);
var_dump(str_contains($info, 'RecordingLimiter'), str_contains($info, $emu->apiKey));
echo cbt_catch(fn () => clone $c), "\n";
echo cbt_catch(fn () => serialize($c)), "\n";
$plain = cbt_client($emu);
$info = (function (Calbook\Client $c) { ob_start(); var_dump($c); return ob_get_clean(); })($plain);
echo preg_match('/\["rate_limiter"\]=>\n  bool\(false\)\n  \["priority"\]=>\n  NULL/', $info), "\n";
?>
--EXPECT--
  ["rate_limiter"]=>
  bool(true)
  ["priority"]=>
  string(5) "batch"
}
bool(false)
bool(false)
Error: Trying to clone an uncloneable object of class Calbook\Client
Exception: Serialization of 'Calbook\Client' is not allowed
1
