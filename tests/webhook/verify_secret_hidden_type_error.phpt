--TEST--
Webhook::verify() and parse(): the secret stays hidden in the trace of a TypeError
--EXTENSIONS--
calbook
--FILE--
<?php
$secret = 'whsec_do_not_show_me';
foreach (['verify', 'parse'] as $method) {
    try {
        Calbook\Webhook::$method('{}', ['not a string'], $secret);
    } catch (TypeError $e) {
        $all = $e->getMessage() . $e->getTraceAsString() . print_r($e->getTrace(), true) . var_export($e, true);
        echo $method, ': ', get_class($e), ', secret shown: ', var_export(str_contains($all, 'whsec_do_not_show_me'), true), "\n";
    }
}
?>
--EXPECT--
verify: TypeError, secret shown: false
parse: TypeError, secret shown: false
