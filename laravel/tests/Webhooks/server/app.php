<?php

declare(strict_types=1);

/*
 * A Laravel application with the package, served by `php -S` for the webhook integration test:
 * the emulator delivers its signed webhooks here over real HTTP. Configured by the environment
 * (set by AppServer): CALBOOK_VENDOR_DIR, CALBOOK_TEST_BASE (a writable base path),
 * CALBOOK_TEST_DB (the SQLite file the test reads), CALBOOK_TEST_TEAM, CALBOOK_TEST_SECRET,
 * CALBOOK_TEST_API_KEY, CALBOOK_TEST_BASE_URL, CALBOOK_TEST_EVENTS (a file the listeners append to).
 */

use Calbook\Laravel\CalbookIntegrationServiceProvider;
use Calbook\Laravel\CalbookServiceProvider;
use Calbook\Laravel\Events\BookingCancelled;
use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Events\BookingWebhookEvent;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Staff;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Bootstrap\LoadConfiguration;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Route;

require getenv('CALBOOK_VENDOR_DIR') . '/autoload.php';

$app = Application::configure(basePath: getenv('CALBOOK_TEST_BASE'))
    ->withRouting(using: function () {
        Route::calbookWebhooks('/calcom/webhook');
    })
    ->create();
$app->useStoragePath(getenv('CALBOOK_TEST_BASE') . '/storage');
$app->afterBootstrapping(LoadConfiguration::class, function (Application $app) {
    $config = $app['config'];
    $config->set('app.key', 'base64:' . base64_encode(str_repeat('s', 32)));
    $config->set('app.providers', array_merge((array) $config->get('app.providers', []),
        [CalbookServiceProvider::class, CalbookIntegrationServiceProvider::class]));
    $config->set('database.default', 'testing');
    $config->set('database.connections.testing', ['driver' => 'sqlite', 'database' => getenv('CALBOOK_TEST_DB'), 'prefix' => '',
        'foreign_key_constraints' => true, 'busy_timeout' => 5000]);
    $config->set('cache.default', 'array');
    $config->set('queue.default', 'sync');
    $config->set('logging.default', 'null');
    $config->set('calbook', array_replace_recursive(require __DIR__ . '/../../../config/calbook.php', [
        'default' => 'salon',
        'connections' => ['default' => null, 'salon' => [
            'api_key' => getenv('CALBOOK_TEST_API_KEY'),
            'base_url' => getenv('CALBOOK_TEST_BASE_URL'),
            'team_id' => (int) getenv('CALBOOK_TEST_TEAM'),
            'webhook_secret' => getenv('CALBOOK_TEST_SECRET'),
        ]],
        'tenants' => ['companies' => [1 => 'salon']],
        'host_mapping' => ['staff' => ['model' => Staff::class]],
    ]));
    $config->set('calbook.connections', array_filter($config->get('calbook.connections')));
});
$app->booted(function () {
    foreach ([BookingCreated::class, BookingRescheduled::class, BookingCancelled::class] as $class) {
        Event::listen($class, function (BookingWebhookEvent $e) {
            file_put_contents(getenv('CALBOOK_TEST_EVENTS'), json_encode([
                'event' => class_basename($e), 'company' => $e->companyId, 'uid' => $e->uid, 'delivery' => $e->deliveryId,
                'previous' => $e instanceof BookingRescheduled ? $e->previousUid() : null,
                'reason' => $e instanceof BookingCancelled ? $e->cancellationReason() : null,
                'staff' => $e->assignment?->staffId, 'source' => $e->assignment?->source,
            ]) . "\n", FILE_APPEND | LOCK_EX);
        });
    }
});

$app->handleRequest(Request::capture());
