<?php
// Boots the class loading of the example without Composer: Debian's packaged Laravel 8 and
// Guzzle from the include path, and a small PSR-4 loader for the app's own namespaces.
declare(strict_types=1);

require_once 'Illuminate/autoload.php';
require_once 'GuzzleHttp/autoload.php';

spl_autoload_register(static function (string $class): void {
    static $prefixes = [
        'App\\' => __DIR__ . '/../app/',
        'Database\\Seeders\\' => __DIR__ . '/../database/seeders/',
        'Tests\\' => __DIR__ . '/../tests/',
    ];
    foreach ($prefixes as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
