--TEST--
Webhook::parse(): a signed body that is not JSON throws InvalidResponseException and leaves json_last_error() clean
--EXTENSIONS--
calbook
--FILE--
<?php
$secret = 'whsec_test';
foreach (['', 'not json', '{"a":', '{"a":1}}', "{\"a\":\"\xff\"}", str_repeat('{"a":', 600) . '1' . str_repeat('}', 600)] as $body) {
    try {
        Calbook\Webhook::parse($body, hash_hmac('sha256', $body, $secret), $secret);
        echo "no exception\n";
    } catch (Calbook\InvalidResponseException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(json_last_error());
?>
--EXPECT--
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not a JSON object
Calbook\InvalidResponseException: Webhook body is not valid JSON
Calbook\InvalidResponseException: Webhook body is not valid JSON
Calbook\InvalidResponseException: Webhook body is not valid JSON
Calbook\InvalidResponseException: Webhook body is not valid JSON
int(0)
