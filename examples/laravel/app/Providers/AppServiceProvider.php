<?php

namespace App\Providers;

use App\Booking\WebhookBookings;
use App\Models\Company;
use Calbook\Laravel\Events\BookingCancelled;
use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Facades\Calbook;
use Illuminate\Cache\RateLimiting\Limit;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\RateLimiter;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        //
    }

    public function boot(): void
    {
        // Tenants: each company's Cal.com key, team and webhook secret live (encrypted) in its row.
        // A company that is not there is unknown: the package refuses it, there is no default.
        Calbook::resolveTenantsUsing(static function (int|string $companyId): ?array {
            $company = Company::query()->find($companyId);
            if ($company === null || (string) $company->calcom_api_key === '') {
                return null;
            }
            return [
                'api_key' => $company->calcom_api_key,
                'team_id' => $company->calcom_team_id,
                'webhook_secret' => $company->calcom_webhook_secret,
                'base_url' => config('services.calcom.base_url'),
                'options' => ['timeout_ms' => (int) config('services.calcom.timeout_ms', 8000)],
            ];
        });
        // Webhooks name their team: the company that owns it, or nobody (the delivery is refused).
        Calbook::resolveTeamsUsing(static fn (?int $teamId, ?int $orgId) => $teamId === null ? null
            : Company::query()->where('calcom_team_id', $teamId)->value('id'));

        Event::listen(BookingCreated::class, [WebhookBookings::class, 'created']);
        Event::listen(BookingRescheduled::class, [WebhookBookings::class, 'rescheduled']);
        Event::listen(BookingCancelled::class, [WebhookBookings::class, 'cancelled']);

        RateLimiter::for('phone-agent', static function (Request $request) {
            $perMinute = max(1, (int) config('booking.phone_agent.rate_limit_per_minute', 60));
            $called = json_decode($request->getContent(), true)['call']['to_number'] ?? null;
            $answer = static fn () => new JsonResponse(['result' => 'Entschuldigung, gerade kommen sehr viele Anfragen an. Bitte versuchen Sie es in einer Minute noch einmal.'], 429);
            return [
                Limit::perMinute($perMinute)->by('phone-agent:to:' . (is_string($called) ? mb_substr($called, 0, 20) : '-'))->response($answer),
                Limit::perMinute($perMinute)->by('phone-agent:ip:' . $request->ip())->response($answer),
            ];
        });
        RateLimiter::for('calcom-webhooks', static fn (Request $request) => Limit::perMinute(600)->by($request->ip()));
        RateLimiter::for('login', static fn (Request $request) => Limit::perMinute(10)->by(mb_strtolower((string) $request->input('email')) . '|' . $request->ip()));
    }
}
