<?php
/*
 * Loads the package's rate limiters (laravel/src/RateLimit, plain PHP without Illuminate) for the
 * budget scenario: Calbook\Laravel\RateLimit\X is laravel/src/RateLimit/X.php.
 */

declare(strict_types=1);

spl_autoload_register(static function (string $class): void {
    $prefix = 'Calbook\\Laravel\\RateLimit\\';
    if (str_starts_with($class, $prefix)) {
        $file = __DIR__ . '/../../../laravel/src/RateLimit/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
    }
});
