--TEST--
Client::__construct(): plain http:// is accepted only for loopback hosts (127.0.0.0/8, [::1], localhost); https:// anywhere
--EXTENSIONS--
calbook
--FILE--
<?php
foreach ([
    'http://127.0.0.1:8080/v2', 'http://127.9.8.7/v2', 'http://localhost:3000/v2', 'http://LOCALHOST/v2', 'http://[::1]:8080/v2',
    'https://api.cal.com/v2', 'https://cal.example.org:8443/api/v2/',
    'http://api.cal.com/v2', 'http://10.0.0.1/v2', 'http://128.0.0.1/v2', 'http://127.0.0.1.evil.com/v2', 'http://localhost.evil.com/v2',
    'http://[::2]/v2', 'http://127.1/v2',
] as $url) {
    try {
        new Calbook\Client('cal_k', ['base_url' => $url]);
        echo "$url accepted\n";
    } catch (Calbook\InvalidArgumentException $e) {
        echo "$url refused: ", str_contains($e->getMessage(), 'loopback') ? 'plain http to a non-loopback host' : $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
http://127.0.0.1:8080/v2 accepted
http://127.9.8.7/v2 accepted
http://localhost:3000/v2 accepted
http://LOCALHOST/v2 accepted
http://[::1]:8080/v2 accepted
https://api.cal.com/v2 accepted
https://cal.example.org:8443/api/v2/ accepted
http://api.cal.com/v2 refused: plain http to a non-loopback host
http://10.0.0.1/v2 refused: plain http to a non-loopback host
http://128.0.0.1/v2 refused: plain http to a non-loopback host
http://127.0.0.1.evil.com/v2 refused: plain http to a non-loopback host
http://localhost.evil.com/v2 refused: plain http to a non-loopback host
http://[::2]/v2 refused: plain http to a non-loopback host
http://127.1/v2 refused: plain http to a non-loopback host
