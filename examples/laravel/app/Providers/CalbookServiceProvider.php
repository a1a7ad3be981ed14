<?php

declare(strict_types=1);

namespace App\Providers;

use App\Services\HostMapperFactory;
use Calbook\Client;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\ServiceProvider;

/**
 * One Calbook\Client per process (kept-alive connections), built from config/services.php.
 * The API key comes from .env (CALCOM_API_KEY) and never leaves the client.
 */
class CalbookServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Client::class, function ($app) {
            $cfg = $app['config']->get('services.calcom');
            $options = [
                'base_url' => $cfg['base_url'],
                'timeout_ms' => (int) $cfg['timeout_ms'],
                'connect_timeout_ms' => (int) $cfg['connect_timeout_ms'],
                'max_retries' => (int) $cfg['max_retries'],
                'logger' => Log::channel('calcom'),
            ];
            if (!empty($cfg['team_id'])) {
                $options['team_id'] = (int) $cfg['team_id'];
            }
            return new Client((string) ($cfg['api_key'] ?? ''), $options);
        });

        $this->app->singleton(HostMapperFactory::class, function ($app) {
            return new HostMapperFactory((int) $app['config']->get('booking.staff_matching.auto_threshold', 75));
        });
    }
}
