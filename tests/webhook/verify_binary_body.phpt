--TEST--
Webhook::verify(): the raw bytes are signed, NUL bytes and invalid UTF-8 included
--EXTENSIONS--
calbook
--FILE--
<?php
$body = "a\0b\xff\xfe{}";
var_dump(Calbook\Webhook::verify($body, hash_hmac('sha256', $body, "k\0ey"), "k\0ey"));
var_dump(Calbook\Webhook::verify($body, hash_hmac('sha256', $body, "k"), "k\0ey"));
?>
--EXPECT--
bool(true)
bool(false)
