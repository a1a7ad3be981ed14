--TEST--
Response::__construct() on a live Response is refused with an Error; headers() copies taken before stay intact
--EXTENSIONS--
calbook
--FILE--
<?php
$r = new Calbook\Response(200, '{"data":1}', ['X-Request-Id' => 'req-1', 'Content-Type' => 'application/json']);
$h = $r->headers();
try {
    $r->__construct(500, 'other', ['X-Other' => 'x']);
    echo "no exception\n";
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// The caller's copy and the Response are both unchanged.
foreach ($h as $name => $values) {
    echo $name, ' = ', implode(',', $values), "\n";
}
var_dump($r->status(), $r->body(), $r->header('x-request-id'), $r->headers() === $h);

// Refused for any status, and the Response keeps its own.
$r2 = new Calbook\Response(404);
try {
    $r2->__construct(200);
} catch (Error $e) {
    echo get_class($e), "\n";
}
var_dump($r2->status());
?>
--EXPECT--
Error: Cannot re-initialize Calbook\Response: it is already constructed
x-request-id = req-1
content-type = application/json
int(200)
string(10) "{"data":1}"
string(5) "req-1"
bool(true)
Error
int(404)
