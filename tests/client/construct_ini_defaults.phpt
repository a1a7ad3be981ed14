--TEST--
Client::__construct(): INI settings are the defaults of the options; options override them
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
calbook.timeout_ms=1234
calbook.connect_timeout_ms=567
calbook.max_retries=4
calbook.max_response_bytes=65536
calbook.persistent=Off
--FILE--
<?php
$d = fn($c) => array_intersect_key((array) (function () { return $this; })->call($c) + json_decode(json_encode([]), true) + [], []) ;
ob_start(); var_dump(new Calbook\Client('cal_k')); $out = ob_get_clean();
foreach (['timeout_ms', 'connect_timeout_ms', 'max_retries', 'max_response_bytes', 'persistent', 'base_url'] as $k) {
    preg_match('/\["' . $k . '"\]=>\n\s+(.*)\n/', $out, $m);
    echo $k, ' ', $m[1], "\n";
}
ob_start(); var_dump(new Calbook\Client('cal_k', ['timeout_ms' => 99, 'persistent' => true, 'max_retries' => 0])); $out = ob_get_clean();
foreach (['timeout_ms', 'max_retries', 'persistent'] as $k) {
    preg_match('/\["' . $k . '"\]=>\n\s+(.*)\n/', $out, $m);
    echo $k, ' ', $m[1], "\n";
}
?>
--EXPECT--
timeout_ms int(1234)
connect_timeout_ms int(567)
max_retries int(4)
max_response_bytes int(65536)
persistent bool(false)
base_url string(22) "https://api.cal.com/v2"
timeout_ms int(99)
max_retries int(0)
persistent bool(true)
