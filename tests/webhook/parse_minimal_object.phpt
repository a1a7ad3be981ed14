--TEST--
Webhook::parse(): an object without the usual fields gives nulls (a payload that is not an object is null)
--EXTENSIONS--
calbook
--FILE--
<?php
$secret = 'whsec_test';
$body = ' {"triggerEvent":42,"payload":"x"}';
var_export(Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret));
?>
--EXPECT--
array (
  'triggerEvent' => NULL,
  'uid' => NULL,
  'host' => NULL,
  'payload' => NULL,
  'body' => 
  array (
    'triggerEvent' => 42,
    'payload' => 'x',
  ),
)
