--TEST--
Client: the API key never appears in var_dump, print_r, var_export, json_encode, (array), debug_zval_dump, or traces of exceptions
--EXTENSIONS--
calbook
--FILE--
<?php
$key = 'cal_live_SECRET_0123456789abcdef';
$c = new Calbook\Client($key, ['base_url' => 'http://127.0.0.1:9/v2', 'team_id' => 42, 'max_retries' => 0]);
ob_start();
var_dump($c);
print_r($c);
var_export($c);
echo json_encode($c);
var_dump((array) $c);
debug_zval_dump($c);
var_dump(get_object_vars($c));
phpinfo();
$out = ob_get_clean();
var_dump(str_contains($out, 'SECRET'), str_contains($out, '"***"'), str_contains($out, 'team_id'));
// a constructor that throws with the key as argument
try {
    new Calbook\Client($key, ['nope' => 1]);
} catch (Calbook\Exception $e) {
    var_dump(str_contains($e->getTraceAsString() . $e->getMessage() . print_r($e->getTrace(), true) . (string) $e, 'SECRET'));
}
// a transport failure
try {
    $c->getBooking('abc');
} catch (Calbook\TransportException $e) {
    var_dump(str_contains((string) $e . print_r($e, true), 'SECRET'));
}
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
