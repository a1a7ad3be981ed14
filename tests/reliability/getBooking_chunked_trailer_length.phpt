--TEST--
Fault matrix: a chunked answer whose trailer carries a huge Content-Length is read as what arrived; only received bytes count against max_response_bytes
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
require __DIR__ . '/lib/raw.inc';
$body = '{"status":"success","data":{"uid":"abc","hosts":[{"id":1}]}}';
$base = rel_raw_server("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nTrailer: Content-Length\r\nConnection: close\r\n\r\n"
    . dechex(strlen($body)) . "\r\n$body\r\n0\r\nContent-Length: 99999999999\r\n\r\n");
$c = rel_client($base, ['max_response_bytes' => 4096]);
$r = $c->getBooking('abc');
var_dump($r->status(), $r->json('data.uid'), $r->header('content-length'));
$res = $c->getBookingsByUid(['abc', 'def']);
echo get_debug_type($res['abc']), ' ', $res['def']->json('data.uid'), "\n";
?>
--EXPECT--
int(200)
string(3) "abc"
NULL
Calbook\Response abc
