<?php
/*
 * The emulator under PHP's built-in server (one request per connection):
 *
 *   CALBOOK_EMULATOR_STATE=/tmp/emu.json [CALBOOK_EMULATOR_CONFIG=cfg.json] \
 *       php -n -S 127.0.0.1:8080 tests/emulator/router.php
 *
 * Same application and state format as server.php (both can share one state file). Each
 * request counts as one connection. Delays are served by sleeping (php -S handles one request at
 * a time); close_before_response and truncate end the response early as far as php -S allows.
 */

declare(strict_types=1);

require __DIR__ . '/lib/bootstrap.php';

use CalbookEmulator\App;
use CalbookEmulator\Request;

$state = getenv('CALBOOK_EMULATOR_STATE') ?: sys_get_temp_dir() . '/calbook-emulator-router.json';
$app = new App($state);
$configFile = getenv('CALBOOK_EMULATOR_CONFIG');
if ($configFile && !is_file($state . '.meta')) {
    $cfg = json_decode((string) @file_get_contents($configFile), true);
    $app->applyConfig(is_array($cfg) ? $cfg : []);
}

$headers = function_exists('getallheaders') ? getallheaders() : [];
$body = (string) file_get_contents('php://input');
$path = (string) parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH);
$isControl = str_starts_with($path, '/__emulator/');
$connId = $isControl ? 0 : $app->connectionOpened();
$req = new Request($_SERVER['REQUEST_METHOD'] ?? 'GET', $_SERVER['REQUEST_URI'] ?? '/', $headers, $body, $_SERVER['REMOTE_ADDR'] ?? '127.0.0.1', $connId, true);
$resp = $app->handle($req);
$deliveries = $app->takeDeliveries();
register_shutdown_function(static function () use ($app, $deliveries): void {
    foreach ($deliveries as $d) {
        $app->deliver($d);
    }
});

if ($resp->delayMs > 0) {
    usleep($resp->delayMs * 1000);
}
if ($resp->mode === 'close') {
    exit(0);
}
http_response_code($resp->status);
header_remove('X-Powered-By');
foreach ($resp->headers as [$name, $value]) {
    header($name . ': ' . $value, false);
}
if ($resp->mode === 'truncate') {
    header('Content-Length: ' . (strlen($resp->body) + 1));
    echo substr($resp->body, 0, intdiv(strlen($resp->body), 2));
    exit(0);
}
header('Content-Length: ' . strlen($resp->body));
if ($resp->chunkDelayMs > 0) {
    foreach (str_split($resp->body, max(1, $resp->chunkBytes)) as $chunk) {
        echo $chunk;
        flush();
        usleep($resp->chunkDelayMs * 1000);
    }
} else {
    echo $resp->body;
}
if ($resp->stopServer) {
    // php -S cannot be stopped from inside; the caller kills it.
}
