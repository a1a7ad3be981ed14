--TEST--
Response: a body that is not JSON gives null from json(), InvalidResponseException from throw()
--EXTENSIONS--
calbook
--FILE--
<?php
foreach (['<html>bad gateway</html>', '{"data":', str_repeat('[', 10000) . str_repeat(']', 10000), "\xff\xfe"] as $body) {
    $r = new Calbook\Response(200, $body);
    var_dump($r->json(), $r->json('data.x', 'd'), $r->data());
    try { $r->throw(); echo "no exception\n"; }
    catch (Calbook\InvalidResponseException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
    var_dump(json_last_error());
}
// An empty 2xx body is fine (nothing to decode).
var_dump((new Calbook\Response(204))->throw()->status());
?>
--EXPECTF--
NULL
string(1) "d"
NULL
Calbook\InvalidResponseException: Cal.com answered HTTP 200 with a body that is not valid JSON (24 bytes)
int(0)
NULL
string(1) "d"
NULL
Calbook\InvalidResponseException: Cal.com answered HTTP 200 with a body that is not valid JSON (8 bytes)
int(0)
NULL
string(1) "d"
NULL
Calbook\InvalidResponseException: Cal.com answered HTTP 200 with a body that is not valid JSON (20000 bytes)
int(0)
NULL
string(1) "d"
NULL
Calbook\InvalidResponseException: Cal.com answered HTTP 200 with a body that is not valid JSON (2 bytes)
int(0)
int(204)
