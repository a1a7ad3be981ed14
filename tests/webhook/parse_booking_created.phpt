--TEST--
Webhook::parse(): BOOKING_CREATED gives triggerEvent, uid, host, the payload and the body
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
$r = Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
var_dump(array_keys($r));
var_dump($r['triggerEvent'], $r['uid']);
var_export($r['host']); echo "\n";
var_dump($r['body'] === json_decode($body, true));
var_dump($r['payload'] === json_decode($body, true)['payload']);
?>
--EXPECT--
array(5) {
  [0]=>
  string(12) "triggerEvent"
  [1]=>
  string(3) "uid"
  [2]=>
  string(4) "host"
  [3]=>
  string(7) "payload"
  [4]=>
  string(4) "body"
}
string(15) "BOOKING_CREATED"
string(15) "bk_8Hn2QpLx3vT6"
array (
  'id' => 101,
  'email' => 'fabian@salon-demo.test',
  'name' => 'Fabian Spitzer',
  'username' => 'fabian',
  'timeZone' => 'Europe/Berlin',
  'source' => 'payload.organizer',
)
bool(true)
bool(true)
