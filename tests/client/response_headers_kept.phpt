--TEST--
Client: the Response carries the headers calbook needs (content-type, x-request-id, x-ratelimit-*) lower-cased as lists
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 100, 'window_s' => 60]]);
$c = cbt_client($emu);
$r = $c->getBooking('abc');
$h = $r->headers();
ksort($h);
echo implode(',', array_keys($h)), "\n";
var_dump($h['x-ratelimit-remaining-default'], $r->header('X-RateLimit-Limit-Default'));
var_dump($r->header('x-request-id') === end($emu->stats()['requests'])['request_id']);
?>
--EXPECT--
content-length,content-type,x-ratelimit-limit-default,x-ratelimit-remaining-default,x-ratelimit-reset-default,x-request-id
array(1) {
  [0]=>
  string(2) "99"
}
string(3) "100"
bool(true)
