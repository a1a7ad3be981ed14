--TEST--
Webhook::parse(): the flat MEETING_ENDED body gives its uid and host; the payload is the body itself
--EXTENSIONS--
calbook
--FILE--
<?php
$body = json_encode(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_meeting_ended.json')), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
$secret = 'whsec_test';
$r = Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
var_dump($r['triggerEvent'], $r['uid'], $r['host']['id'], $r['host']['source']);
var_dump($r['payload'] === $r['body']);
?>
--EXPECT--
string(13) "MEETING_ENDED"
string(15) "bk_8Hn2QpLx3vT6"
int(101)
string(4) "user"
bool(true)
