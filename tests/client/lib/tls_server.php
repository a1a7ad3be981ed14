<?php
// A tiny HTTPS/1.1 server with keep-alive for the client's TLS tests.
//   php tls_server.php CERT KEY PORTFILE
// Answers every GET /v2/bookings/{uid} with a booking, anything else with 404; prints nothing.
[$_, $cert, $key, $portFile] = $argv;
$ctx = stream_context_create(['ssl' => ['local_cert' => $cert, 'local_pk' => $key, 'verify_peer' => false]]);
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
file_put_contents($portFile . '.tmp', (string) parse_url('tcp://' . stream_socket_get_name($srv, false), PHP_URL_PORT));
rename($portFile . '.tmp', $portFile);
$deadline = time() + 60;
$connections = 0;
while (time() < $deadline) {
    $c = @stream_socket_accept($srv, 1);
    if (!$c) {
        continue;
    }
    $connections++;
    stream_set_timeout($c, 5);
    if (!@stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLSv1_2_SERVER | STREAM_CRYPTO_METHOD_TLSv1_3_SERVER)) {
        fclose($c); // the handshake failed (the client refused our certificate)
        continue;
    }
    while (!feof($c)) {
        $head = '';
        while (($line = fgets($c)) !== false && $line !== "\r\n") {
            $head .= $line;
        }
        if ($head === '') {
            break;
        }
        [$method, $path] = explode(' ', $head);
        if ($method === 'GET' && preg_match('#^/v2/bookings/([A-Za-z0-9_-]+)$#', $path, $m)) {
            $status = '200 OK';
            $body = json_encode(['status' => 'success', 'data' => ['uid' => $m[1], 'hosts' => [['id' => 101]], 'connection' => $connections]]);
        } else {
            $status = '404 Not Found';
            $body = '{"status":"error","error":{"code":"NotFoundException","message":"not found"}}';
        }
        fwrite($c, "HTTP/1.1 $status\r\nContent-Type: application/json\r\nContent-Length: " . strlen($body) . "\r\n\r\n" . $body);
        if ($path === '/v2/bookings/stop') {
            exit(0);
        }
    }
    fclose($c);
}
