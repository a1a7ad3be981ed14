--TEST--
Webhook::parse(): BOOKING_NO_SHOW_UPDATED gives bookingUid as uid and no host
--EXTENSIONS--
calbook
--FILE--
<?php
$body = json_encode(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_no_show.json')), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
$secret = 'whsec_test';
$r = Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
var_dump($r['triggerEvent'], $r['uid'], $r['host']);
?>
--EXPECT--
string(23) "BOOKING_NO_SHOW_UPDATED"
string(15) "bk_8Hn2QpLx3vT6"
NULL
