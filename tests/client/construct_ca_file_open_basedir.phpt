--TEST--
Client::__construct(): a ca_file outside open_basedir is refused with InvalidArgumentException, the same way whether the file exists or not
--EXTENSIONS--
calbook
--FILE--
<?php
$dir = sys_get_temp_dir() . '/calbook-basedir-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/ca.pem", "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
ini_set('open_basedir', $dir . PATH_SEPARATOR . __DIR__);
$msgs = [];
foreach (['/etc/ssl/certs/ca-certificates.crt', '/etc/passwd', '/nonexistent/ca.pem', '/etc'] as $f) {
    try {
        new Calbook\Client('cal_test_key', ['base_url' => 'http://127.0.0.1:1/v2', 'ca_file' => $f]);
        $msgs[] = "accepted $f";
    } catch (Calbook\InvalidArgumentException $e) {
        $msgs[] = $e->getMessage();
    }
}
echo implode("\n", array_unique($msgs)), "\n";
// Inside open_basedir it is accepted.
$c = new Calbook\Client('cal_test_key', ['base_url' => 'http://127.0.0.1:1/v2', 'ca_file' => "$dir/ca.pem"]);
echo "inside: accepted\n";
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/calbook-basedir-' . getmypid();
@unlink("$dir/ca.pem");
@rmdir($dir);
?>
--EXPECT--
Calbook\Client::__construct(): option "ca_file" must name a readable file within open_basedir
inside: accepted
