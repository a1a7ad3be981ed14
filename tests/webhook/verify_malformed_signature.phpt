--TEST--
Webhook::verify(): signatures of the wrong length or with non-hex digits are false
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
$sig = 'a09ea0671d6fd470c32dbdb20fb5025b7a30a8dd8f4aa534f68f7cb59e894f20';
foreach ([substr($sig, 0, 63), $sig . '0', substr($sig, 0, 62) . 'zz', substr($sig, 0, 32), str_repeat('0', 64), "\0" . substr($sig, 1), $sig . "\0"] as $s) {
    var_dump(Calbook\Webhook::verify($body, $s, $secret));
}
var_dump(Calbook\Webhook::verify($body, " $sig\n", $secret));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
