<?php

namespace Calbook\Laravel;

use Calbook\Laravel\Contracts\Factory;
use Illuminate\Contracts\Support\DeferrableProvider;
use Illuminate\Support\ServiceProvider;

/**
 * Registers the 'calbook' manager (deferred: nothing is built until a connection is used),
 * the drop-in CalcomV2Client / CalcomHostMappingService, the config and calbook:doctor.
 */
class CalbookServiceProvider extends ServiceProvider implements DeferrableProvider
{
    public function register(): void
    {
        $this->mergeConfigFrom(__DIR__ . '/../config/calbook.php', 'calbook');

        $this->app->singleton('calbook', fn ($app) => new CalbookManager($app));
        $this->app->alias('calbook', CalbookManager::class);
        $this->app->alias('calbook', Factory::class);
        $this->app->bind('calbook.connection', fn ($app) => $app->make('calbook')->connection());
        $this->app->alias('calbook.connection', Connection::class);
        $this->app->alias('calbook.connection', Contracts\Connection::class);

        $this->app->bind(DropIn\CalcomV2Client::class, fn ($app, array $params = []) => new DropIn\CalcomV2Client($params['company'] ?? null));
        $this->app->bind(DropIn\CalcomHostMappingService::class, fn () => new DropIn\CalcomHostMappingService());

        if ($this->app->runningInConsole()) {
            $this->commands([Console\DoctorCommand::class]);
        }

    }

    public function boot(): void
    {
        if ($this->app->runningInConsole()) {
            $this->publishes([
                __DIR__ . '/../config/calbook.php' => $this->app->configPath('calbook.php'),
            ], 'calbook-config');
        }
    }

    public function provides(): array
    {
        return [
            'calbook', CalbookManager::class, Factory::class,
            'calbook.connection', Connection::class, Contracts\Connection::class,
            Console\DoctorCommand::class,
            DropIn\CalcomV2Client::class, DropIn\CalcomHostMappingService::class,
        ];
    }
}
