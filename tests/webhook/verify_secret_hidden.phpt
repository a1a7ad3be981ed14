--TEST--
Webhook::verify() and parse(): the secret never shows in a trace
--EXTENSIONS--
calbook
--FILE--
<?php
$body = file_get_contents(__DIR__ . '/../fixtures/webhooks/booking_created.body');
$secret = 'whsec_salon_demo_2030';
$sig = 'a09ea0671d6fd470c32dbdb20fb5025b7a30a8dd8f4aa534f68f7cb59e894f20';
try {
    Calbook\Webhook::parse($body, str_repeat('0', 64), $secret);
} catch (Calbook\SignatureException $e) {
    $all = $e->getMessage() . $e->getTraceAsString() . print_r($e->getTrace(), true) . var_export($e, true);
    var_dump(str_contains($all, 'whsec_salon_demo_2030'));
    var_dump($e->getTrace()[0]['args'][2] instanceof SensitiveParameterValue);
}
$r = new ReflectionMethod('Calbook\Webhook', 'verify');
var_dump(count($r->getParameters()[2]->getAttributes('SensitiveParameter')));
?>
--EXPECT--
bool(false)
bool(true)
int(1)
