<?php

declare(strict_types=1);

namespace Calbook\Laravel;

use Calbook\Laravel\Backfill\Backfiller;
use Calbook\Laravel\Backfill\Source;
use Calbook\Laravel\Console\BackfillCommand;
use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\Laravel\Webhooks\VerifyCalcomWebhook;
use Calbook\Laravel\Webhooks\WebhookController;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Routing\Router;
use Illuminate\Support\ServiceProvider;
use Psr\Log\LoggerInterface;

/**
 * Webhooks (route macro, middleware, deliveries table, queued job), host mapping (mappings and
 * audit tables, a cached HostMapper per company) and `calbook:backfill`. Not deferred: it adds a
 * route macro and model listeners at boot.
 */
class CalbookIntegrationServiceProvider extends ServiceProvider
{
    private static bool $runsMigrations = true;

    /** Call in AppServiceProvider::register() after publishing the migrations (tag calbook-migrations). */
    public static function ignoreMigrations(): void
    {
        self::$runsMigrations = false;
    }

    public function register(): void
    {
        $this->mergeConfigFrom(__DIR__ . '/../config/calbook.php', 'calbook');

        $this->app->singleton(HostMappingService::class, function ($app) {
            $config = (array) $app['config']->get('calbook.host_mapping', []);
            return new HostMappingService($config, $app['cache']->store($config['cache']['store'] ?? null),
                $app->make(LoggerInterface::class));
        });
        $this->app->alias(HostMappingService::class, 'calbook.host_mapping');
        $this->app->bind(Backfiller::class, fn ($app) => new Backfiller(
            new Source((array) $app['config']->get('calbook.backfill', [])),
            $app->make('calbook'),
            $app->make(HostMappingService::class),
            $app->make(LoggerInterface::class),
        ));
    }

    public function boot(): void
    {
        if (self::$runsMigrations) {
            $this->loadMigrationsFrom(__DIR__ . '/../database/migrations');
        }
        if ($this->app->runningInConsole()) {
            $this->publishesMigrations([__DIR__ . '/../database/migrations' => $this->app->databasePath('migrations')],
                'calbook-migrations');
            $this->commands([BackfillCommand::class]);
        }

        $router = $this->app->make(Router::class);
        $router->aliasMiddleware('calbook.webhook', VerifyCalcomWebhook::class);
        /*
         * Route::calbookWebhooks('/calcom/webhook'): POST /calcom/webhook (tenant from the payload's
         * team or organisation) and POST /calcom/webhook/{tenant} (the company id in the URL: for
         * personal event types, whose deliveries name no team). Returns the route: chain ->name(),
         * ->middleware('throttle:...'). CSRF protection is taken off (Cal.com signs instead).
         */
        $router->macro('calbookWebhooks', function (string $uri = '/calcom/webhook') {
            /** @var Router $this */
            return $this->post(rtrim($uri, '/') . '/{tenant?}', WebhookController::class)
                ->where('tenant', '[A-Za-z0-9_.-]{1,64}')
                ->middleware(VerifyCalcomWebhook::class)
                ->withoutMiddleware([
                    'Illuminate\Foundation\Http\Middleware\ValidateCsrfToken',
                    'Illuminate\Foundation\Http\Middleware\VerifyCsrfToken',
                ]);
        });

        $this->watchStaffModel();
    }

    /** Staff saved or deleted: that company's mapper is rebuilt on next use, in every process. */
    private function watchStaffModel(): void
    {
        $model = $this->app['config']->get('calbook.host_mapping.staff.model');
        if (!is_string($model) || $model === '' || !is_subclass_of($model, Model::class)) {
            return;
        }
        $forget = function (Model $staff): void {
            $service = $this->app->make(HostMappingService::class);
            $column = $service->staffSource()->companyColumn();
            foreach (array_unique([(string) $staff->getAttribute($column), (string) $staff->getOriginal($column)]) as $company) {
                if ($company !== '') {
                    $service->forgetAfterCommit(ctype_digit($company) ? (int) $company : $company, $staff->getConnection());
                }
            }
        };
        $model::saved($forget);
        $model::deleted($forget);
    }
}
