--TEST--
The HTTP/2 test front fails with a clear message, never skips, when nginx or openssl is missing (CALBOOK_NGINX / CALBOOK_OPENSSL pointing nowhere), and leaves no temp directory behind
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib.inc';
$emu = calbook_emulator_start();
$before = glob(sys_get_temp_dir() . '/calbook-front-' . getmypid() . '-*');
foreach (['CALBOOK_NGINX', 'CALBOOK_OPENSSL'] as $var) {
    putenv("$var=/nonexistent/bin/tool");
    try {
        calbook_front_start($emu);
        echo "$var: started\n";
    } catch (RuntimeException $e) {
        echo "$var: ", $e->getMessage(), "\n";
    }
    putenv($var);
}
var_dump(glob(sys_get_temp_dir() . '/calbook-front-' . getmypid() . '-*') === $before);
?>
--EXPECT--
CALBOOK_NGINX: calbook front: nginx is not installed (no executable at /nonexistent/bin/tool); the HTTP/2 tests need Debian's nginx (with http_v2 and ssl) and openssl: apt-get install nginx openssl (bash scripts/install-deps.sh --all)
CALBOOK_OPENSSL: calbook front: openssl is not installed (no executable at /nonexistent/bin/tool); the HTTP/2 tests need Debian's nginx (with http_v2 and ssl) and openssl: apt-get install nginx openssl (bash scripts/install-deps.sh --all)
bool(true)
