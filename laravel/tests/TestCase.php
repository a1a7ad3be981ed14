<?php

namespace Calbook\Laravel\Tests;

use Calbook\Laravel\CalbookIntegrationServiceProvider;
use Calbook\Laravel\CalbookServiceProvider;
use Calbook\Laravel\Facades\Calbook;
use Illuminate\Contracts\Console\Kernel as ConsoleKernel;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Bootstrap\LoadConfiguration;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Foundation\Testing\TestCase as FoundationTestCase;
use Illuminate\Routing\Router;

/**
 * Base class of the package's tests: a real Laravel application (the installed laravel/framework,
 * 12 or 13) booted with the package's providers, the way Orchestra Testbench does it (Testbench
 * itself is not in the registry these tests install from; see the README).
 *
 * Hooks, as in Testbench:
 *   getPackageProviders($app)  providers to register (default: both of the package's)
 *   getPackageAliases($app)    facade aliases (default: Calbook)
 *   defineEnvironment($app)    set config before the providers register ($app['config']->set(...))
 *   defineRoutes($router)      add routes after boot
 *
 * Defaults: APP_ENV testing, an app key, sqlite :memory: as the default database connection,
 * array cache/session, sync queue, the 'null' log channel, calbook.connections with one
 * connection 'default' to http://127.0.0.1:9/v2 (nothing listens there) and key 'cal_test_fake';
 * tenants from a resolver get the same base_url (a test never reaches the real Cal.com).
 */
abstract class TestCase extends FoundationTestCase
{
    private static ?string $skeleton = null;

    /** @return list<class-string> */
    protected function getPackageProviders($app): array
    {
        $providers = [CalbookServiceProvider::class];
        if (class_exists(CalbookIntegrationServiceProvider::class)) {
            $providers[] = CalbookIntegrationServiceProvider::class;
        }
        return $providers;
    }

    /** @return array<string, class-string> */
    protected function getPackageAliases($app): array
    {
        return ['Calbook' => Calbook::class];
    }

    protected function defineEnvironment($app): void
    {
    }

    protected function defineRoutes(Router $router): void
    {
    }

    public function createApplication()
    {
        $app = Application::configure(basePath: self::skeletonPath())
            ->withRouting()
            ->withMiddleware(function (Middleware $middleware) {
            })
            ->withExceptions(function (Exceptions $exceptions) {
            })
            ->create();

        $app->useStoragePath(self::skeletonPath() . '/storage');

        $app->afterBootstrapping(LoadConfiguration::class, function (Application $app) {
            $config = $app['config'];
            $config->set('app.env', 'testing');
            $config->set('app.debug', true);
            $config->set('app.key', 'base64:' . base64_encode(str_repeat('k', 32)));
            $config->set('app.providers', array_merge((array) $config->get('app.providers', []), $this->getPackageProviders($app)));
            $config->set('app.aliases', array_merge((array) $config->get('app.aliases', []), $this->getPackageAliases($app)));
            $config->set('database.default', 'testing');
            $config->set('database.connections.testing', [
                'driver' => 'sqlite',
                'database' => ':memory:',
                'prefix' => '',
                'foreign_key_constraints' => true,
            ]);
            $config->set('cache.default', 'array');
            $config->set('session.driver', 'array');
            $config->set('queue.default', 'sync');
            $config->set('logging.default', 'null');
            $config->set('calbook', array_replace(
                require __DIR__ . '/../config/calbook.php',
                [
                    'default' => 'default',
                    'connections' => [
                        'default' => [
                            'api_key' => 'cal_test_fake',
                            'base_url' => 'http://127.0.0.1:9/v2',
                            'team_id' => 42,
                            'options' => ['timeout_ms' => 2000, 'connect_timeout_ms' => 1000],
                        ],
                    ],
                    'log_channel' => null,
                    'tenants' => ['base_url' => 'http://127.0.0.1:9/v2'] + (require __DIR__ . '/../config/calbook.php')['tenants'],
                ]
            ));
            $this->defineEnvironment($app);
        });

        $app->make(ConsoleKernel::class)->bootstrap();

        $this->defineRoutes($app['router']);
        $app['router']->getRoutes()->refreshNameLookups();

        return $app;
    }

    /** A writable application base path (config/, bootstrap/cache, storage/) outside the tree. */
    protected static function skeletonPath(): string
    {
        if (self::$skeleton === null) {
            $dir = sys_get_temp_dir() . '/calbook-laravel-tests-' . getmypid();
            foreach (['config', 'bootstrap/cache', 'storage/framework/cache', 'storage/framework/views',
                      'storage/framework/sessions', 'storage/logs', 'database'] as $sub) {
                if (!is_dir("$dir/$sub")) {
                    mkdir("$dir/$sub", 0700, true);
                }
            }
            self::$skeleton = $dir;
            $pid = getmypid();
            register_shutdown_function(static function () use ($dir, $pid) {
                if (getmypid() === $pid && is_dir($dir)) {
                    exec('rm -rf ' . escapeshellarg($dir));
                }
            });
        }
        return self::$skeleton;
    }
}
