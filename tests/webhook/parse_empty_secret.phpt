--TEST--
Webhook::parse(): an empty secret throws SignatureException
--EXTENSIONS--
calbook
--FILE--
<?php
try {
    Calbook\Webhook::parse('{}', hash_hmac('sha256', '{}', ''), '');
} catch (Calbook\SignatureException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Calbook\SignatureException: Webhook secret is empty: the signature cannot be checked
