--TEST--
Webhook::verify(): upper-case hex is accepted
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
$sig = 'a09ea0671d6fd470c32dbdb20fb5025b7a30a8dd8f4aa534f68f7cb59e894f20';
var_dump(Calbook\Webhook::verify($body, strtoupper($sig), $secret));
?>
--EXPECT--
bool(true)
