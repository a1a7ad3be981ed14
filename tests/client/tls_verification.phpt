--TEST--
Client over TLS: certificates are always verified (an unknown CA fails before anything is sent, and is not retried); ca_file trusts a CA; the connection is kept alive
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--SKIPIF--
<?php if (!extension_loaded('openssl') || !is_executable('/usr/bin/openssl')) die('skip openssl needed'); ?>
--FILE--
<?php
$dir = sys_get_temp_dir() . '/calbook-tls-' . getmypid();
@mkdir($dir);
exec('/usr/bin/openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=127.0.0.1'
    . ' -addext subjectAltName=IP:127.0.0.1 -keyout ' . escapeshellarg("$dir/key.pem") . ' -out ' . escapeshellarg("$dir/cert.pem") . ' 2>/dev/null', $o, $rc);
$proc = proc_open([PHP_BINARY, '-n', '-d', 'extension_dir=' . ini_get('extension_dir'), __DIR__ . '/lib/tls_server.php', "$dir/cert.pem", "$dir/key.pem", "$dir/port"], [['pipe', 'r'], ['file', '/dev/null', 'w'], ['file', '/dev/null', 'w']], $pipes);
for ($i = 0; $i < 200 && !is_file("$dir/port"); $i++) usleep(25000);
$base = 'https://127.0.0.1:' . file_get_contents("$dir/port") . '/v2';

$strict = new Calbook\Client('cal_test_key', ['base_url' => $base, 'max_retries' => 1]);
try {
    $strict->getBooking('abc');
} catch (Calbook\TransportException $e) {
    var_dump($e->mayHaveReachedServer(), in_array($e->getCurlCode(), [35, 60], true), $e->getAttempts());
}

$trusting = new Calbook\Client('cal_test_key', ['base_url' => $base, 'ca_file' => "$dir/cert.pem", 'persistent' => false]);
for ($i = 0; $i < 5; $i++) {
    $r = $trusting->getBooking("abc$i");
}
var_dump($r->status(), $r->json('data.uid'));
$st = $trusting->stats();
var_dump($st['connections_opened'], $st['connections_reused']);

$trusting->getBooking('stop');
proc_close($proc);
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
bool(false)
bool(true)
int(1)
int(200)
string(4) "abc4"
int(1)
int(4)
