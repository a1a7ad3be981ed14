<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Models\CalcomWebhookDelivery;
use Calbook\Laravel\Tests\TestCase;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Event;

/** Many tenants from the application's database: the resolvers decide whose delivery it is and whose secret checks it. */
final class WebhookTenantResolverTest extends TestCase
{
    use Deliveries;

    /** company => [team, secret] as an application would keep them in its companies table */
    private const COMPANIES = [12 => [77, 'whsec_twelve_secret_1212'], 13 => [78, 'whsec_thirteen_secret_1313']];

    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.connections', []);
        $app['config']->set('calbook.tenants.companies', []);
    }

    protected function defineRoutes(Router $router): void
    {
        $router->calbookWebhooks('/hooks/cal');
    }

    protected function setUp(): void
    {
        parent::setUp();
        Artisan::call('migrate', ['--force' => true]);
        Calbook::resolveTenantsUsing(fn ($company) => isset(self::COMPANIES[$company])
            ? ['api_key' => "cal_test_$company", 'team_id' => self::COMPANIES[$company][0], 'webhook_secret' => self::COMPANIES[$company][1]]
            : null);
        Calbook::resolveTeamsUsing(function (?int $team, ?int $org) {
            foreach (self::COMPANIES as $company => [$t]) {
                if ($t === $team) {
                    return $company;
                }
            }
            return null;
        });
    }

    public function test_the_resolvers_route_each_delivery_to_its_company(): void
    {
        $seen = [];
        Event::listen(BookingCreated::class, function (BookingCreated $e) use (&$seen) {
            $seen[] = [$e->companyId, $e->uid];
        });
        $this->deliver(self::delivery('BOOKING_CREATED', 'bk_12', 77), self::COMPANIES[12][1], '/hooks/cal')->assertOk();
        $this->deliver(self::delivery('BOOKING_CREATED', 'bk_13', 78), self::COMPANIES[13][1], '/hooks/cal')->assertOk();
        // Company 12's secret on team 78's delivery: checked with 13's secret, refused.
        $this->deliver(self::delivery('BOOKING_CREATED', 'bk_x', 78), self::COMPANIES[12][1], '/hooks/cal')->assertUnauthorized();
        // A team the resolver does not know.
        $this->deliver(self::delivery('BOOKING_CREATED', 'bk_y', 79), self::COMPANIES[12][1], '/hooks/cal')->assertNotFound();

        $this->assertSame([[12, 'bk_12'], [13, 'bk_13']], $seen);
        $this->assertSame(['12', '13'], CalcomWebhookDelivery::query()->orderBy('id')->pluck('company_id')->map(fn ($v) => (string) $v)->all());
    }
}
