--TEST--
Webhook::verify(): one changed byte of the body fails
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
$sig = 'a09ea0671d6fd470c32dbdb20fb5025b7a30a8dd8f4aa534f68f7cb59e894f20';
var_dump(Calbook\Webhook::verify(str_replace('Fabian', 'Fabien', $body), $sig, $secret));
var_dump(Calbook\Webhook::verify($body . ' ', $sig, $secret));
var_dump(Calbook\Webhook::verify(json_encode(json_decode($body), JSON_PRETTY_PRINT), $sig, $secret));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
