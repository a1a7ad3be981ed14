--TEST--
Webhook::parse(): JSON that is not an object throws InvalidResponseException
--EXTENSIONS--
calbook
--FILE--
<?php
$secret = 'whsec_test';
foreach (['[]', '[{"triggerEvent":"BOOKING_CREATED"}]', '"x"', '42', 'null', 'true'] as $body) {
    try {
        Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
        echo "no exception\n";
    } catch (Calbook\InvalidResponseException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
