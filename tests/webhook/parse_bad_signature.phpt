--TEST--
Webhook::parse(): a bad signature throws SignatureException
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
foreach (['', 'no-secret-provided', str_repeat('a', 64)] as $sig) {
    try {
        Calbook\Webhook::parse($body, $sig, $secret);
    } catch (Calbook\SignatureException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Calbook\SignatureException: Webhook signature does not match the body
Calbook\SignatureException: Webhook signature does not match the body
Calbook\SignatureException: Webhook signature does not match the body
