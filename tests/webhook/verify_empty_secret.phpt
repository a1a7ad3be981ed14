--TEST--
Webhook::verify(): an empty secret is false, even with the matching HMAC of the empty key
--EXTENSIONS--
calbook
--FILE--
<?php
$body = '{"triggerEvent":"BOOKING_CREATED"}';
var_dump(Calbook\Webhook::verify($body, hash_hmac('sha256', $body, ''), ''));
?>
--EXPECT--
bool(false)
