<?php
// PHPUnit bootstrap: the vendor directory of the Laravel major under test (bin/test sets
// CALBOOK_VENDOR_DIR; a plain `composer install` in laravel/ uses laravel/vendor).
$vendor = getenv('CALBOOK_VENDOR_DIR') ?: __DIR__ . '/../vendor';
if (!is_file($vendor . '/autoload.php')) {
    fwrite(STDERR, "calbook/laravel tests: no autoloader at $vendor/autoload.php (run laravel/bin/test)\n");
    exit(2);
}
if (!extension_loaded('calbook')) {
    fwrite(STDERR, "calbook/laravel tests: the calbook extension is not loaded (php -d extension=.../calbook.so)\n");
    exit(2);
}
require $vendor . '/autoload.php';
