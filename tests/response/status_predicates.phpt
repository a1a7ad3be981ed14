--TEST--
Response: status predicates follow Laravel's meaning
--EXTENSIONS--
calbook
--FILE--
<?php
foreach ([200, 201, 204, 302, 400, 404, 429, 500, 503] as $s) {
    $r = new Calbook\Response($s);
    printf("%d status=%d successful=%d ok=%d failed=%d client=%d server=%d\n", $s, $r->status(),
        $r->successful(), $r->ok(), $r->failed(), $r->clientError(), $r->serverError());
}
?>
--EXPECT--
200 status=200 successful=1 ok=1 failed=0 client=0 server=0
201 status=201 successful=1 ok=0 failed=0 client=0 server=0
204 status=204 successful=1 ok=0 failed=0 client=0 server=0
302 status=302 successful=0 ok=0 failed=0 client=0 server=0
400 status=400 successful=0 ok=0 failed=1 client=1 server=0
404 status=404 successful=0 ok=0 failed=1 client=1 server=0
429 status=429 successful=0 ok=0 failed=1 client=1 server=0
500 status=500 successful=0 ok=0 failed=1 client=0 server=1
503 status=503 successful=0 ok=0 failed=1 client=0 server=1
