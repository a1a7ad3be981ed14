<?php
// Front controller (php -S 127.0.0.1:8000 -t public public/index.php, or any web server).
declare(strict_types=1);

define('LARAVEL_START', microtime(true));
$app = require __DIR__ . '/../bootstrap/app.php';
$kernel = $app->make(Illuminate\Contracts\Http\Kernel::class);
$response = $kernel->handle($request = Illuminate\Http\Request::capture());
$response->send();
$kernel->terminate($request, $response);
