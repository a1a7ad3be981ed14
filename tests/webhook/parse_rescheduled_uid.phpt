--TEST--
Webhook::parse(): BOOKING_RESCHEDULED gives the new booking uid
--EXTENSIONS--
calbook
--FILE--
<?php
$body = json_encode(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_rescheduled.json')), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
$secret = 'whsec_test';
$r = Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
var_dump($r['triggerEvent'], $r['uid'], $r['host']['id'], $r['body']['payload']['rescheduleUid']);
?>
--EXPECT--
string(19) "BOOKING_RESCHEDULED"
string(15) "bk_new_R5tY7uI9"
int(102)
string(15) "bk_8Hn2QpLx3vT6"
