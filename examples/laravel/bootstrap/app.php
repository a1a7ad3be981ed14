<?php
// Creates the application. The base path can be moved with CALBOOK_APP_STORAGE (tests give each
// run its own storage and database) without touching the code.
declare(strict_types=1);

require_once __DIR__ . '/autoload.php';

$app = new Illuminate\Foundation\Application(dirname(__DIR__));

if (($storage = getenv('CALBOOK_APP_STORAGE')) !== false && $storage !== '') {
    $app->useStoragePath($storage);
}
foreach (['app', 'logs', 'framework/views', 'framework/cache'] as $dir) {
    if (!is_dir($app->storagePath() . '/' . $dir)) {
        @mkdir($app->storagePath() . '/' . $dir, 0775, true);
    }
}

$app->singleton(Illuminate\Contracts\Http\Kernel::class, App\Http\Kernel::class);
$app->singleton(Illuminate\Contracts\Console\Kernel::class, App\Console\Kernel::class);
$app->singleton(Illuminate\Contracts\Debug\ExceptionHandler::class, App\Exceptions\Handler::class);

return $app;
