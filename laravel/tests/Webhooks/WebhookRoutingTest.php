<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Calbook\Laravel\Events\BookingCancelled;
use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Events\WebhookReceived;
use Calbook\Laravel\Models\CalcomWebhookDelivery;
use Calbook\Laravel\Tests\TestCase;
use Calbook\Laravel\Webhooks\ProcessCalcomWebhook;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Queue;
use Psr\Log\LoggerInterface;

/**
 * The webhook route: tenant by team, organisation or URL segment, the tenant's own secret,
 * refusals, one stored row and one job per delivery. Company 1 is team 42, company 2 team 43,
 * company 3 has personal event types (no team), company 4 is organisation 900.
 */
final class WebhookRoutingTest extends TestCase
{
    use Deliveries;

    private const SECRET_1 = 'whsec_company_one_1111';
    private const SECRET_2 = 'whsec_company_two_2222';
    private const SECRET_3 = 'whsec_company_three_33';
    private const SECRET_4 = 'whsec_company_four_444';

    private MemoryLogger $log;

    /** @var list<object> */
    private array $seen = [];

    protected function defineEnvironment($app): void
    {
        $conn = static fn (?int $team, string $secret, ?int $org = null) => ['api_key' => 'cal_test_' . substr($secret, -4),
            'base_url' => 'http://127.0.0.1:9/v2', 'team_id' => $team, 'organization_id' => $org, 'webhook_secret' => $secret];
        $app['config']->set('calbook.connections', [
            'salon-1' => $conn(42, self::SECRET_1),
            'salon-2' => $conn(43, self::SECRET_2),
            'salon-3' => $conn(null, self::SECRET_3),
            'salon-4' => $conn(null, self::SECRET_4, 900),
            'salon-5' => $conn(44, ''),
        ]);
        $app['config']->set('calbook.default', 'salon-1');
        $app['config']->set('calbook.tenants.companies', [1 => 'salon-1', 2 => 'salon-2', 3 => 'salon-3', 4 => 'salon-4', 5 => 'salon-5']);
    }

    protected function defineRoutes(Router $router): void
    {
        $router->calbookWebhooks('/calcom/webhook');
    }

    protected function setUp(): void
    {
        parent::setUp();
        \Illuminate\Support\Facades\Artisan::call('migrate', ['--force' => true]);
        $this->log = new MemoryLogger();
        $this->app->instance(LoggerInterface::class, $this->log);
        foreach ([WebhookReceived::class, BookingCreated::class, BookingRescheduled::class, BookingCancelled::class] as $class) {
            Event::listen($class, function (object $e) {
                $this->seen[] = $e;
            });
        }
    }

    protected function tearDown(): void
    {
        // No secret in any log record, whatever the test did.
        foreach ([self::SECRET_1, self::SECRET_2, self::SECRET_3, self::SECRET_4] as $secret) {
            $this->assertStringNotContainsString($secret, $this->log->dump());
        }
        parent::tearDown();
    }

    public function test_a_delivery_of_a_known_team_is_stored_once_and_dispatches_booking_created(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_created_1');
        $this->deliver($body, self::SECRET_1)->assertOk()->assertExactJson(['status' => 'accepted']);

        $row = CalcomWebhookDelivery::query()->sole();
        $this->assertSame('1', (string) $row->company_id);
        $this->assertSame(hash('sha256', $body), $row->delivery_key);
        $this->assertSame('BOOKING_CREATED', $row->trigger_event);
        $this->assertSame('bk_created_1', $row->booking_uid);
        $this->assertSame(42, $row->team_id);
        $this->assertSame($body, $row->body);
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, $row->status);
        $this->assertSame(1, $row->attempts);
        $this->assertNotNull($row->processed_at);

        $this->assertCount(2, $this->seen);
        [$received, $created] = $this->seen;
        $this->assertInstanceOf(WebhookReceived::class, $received);
        $this->assertInstanceOf(BookingCreated::class, $created);
        $this->assertSame(1, $created->companyId);
        $this->assertSame('BOOKING_CREATED', $created->trigger);
        $this->assertSame('bk_created_1', $created->uid);
        $this->assertSame($row->id, $created->deliveryId);
        $this->assertSame(42, $created->teamId());
        $this->assertSame('2050-09-05T07:00:00.000Z', $created->startTime());
        $this->assertSame('Max Muster', $created->payload['attendees'][0]['name']);
        $this->assertNull($created->assignment, 'no staff source configured: no assignment');
    }

    public function test_a_repeated_delivery_gets_200_and_no_second_job(): void
    {
        Queue::fake();
        $body = self::delivery('BOOKING_CREATED', 'bk_repeat');
        $this->deliver($body, self::SECRET_1)->assertOk()->assertExactJson(['status' => 'accepted']);
        $this->deliver($body, self::SECRET_1)->assertOk()->assertExactJson(['status' => 'duplicate']);
        $this->deliver($body, self::SECRET_1)->assertOk()->assertExactJson(['status' => 'duplicate']);

        Queue::assertPushed(ProcessCalcomWebhook::class, 1);
        Queue::assertPushed(ProcessCalcomWebhook::class, fn (ProcessCalcomWebhook $job) =>
            $job->deliveryId === CalcomWebhookDelivery::query()->sole()->id);
        $this->assertSame(1, CalcomWebhookDelivery::query()->count());
        // Another delivery (another body) of the same booking is a delivery of its own.
        $this->deliver(self::delivery('BOOKING_CANCELLED', 'bk_repeat'), self::SECRET_1)->assertOk()
            ->assertExactJson(['status' => 'accepted']);
        Queue::assertPushed(ProcessCalcomWebhook::class, 2);
    }

    public function test_a_correctly_signed_delivery_for_an_unknown_team_is_refused_and_logged(): void
    {
        // Signed with company 1's secret (a valid signature of that tenant), about team 777 nobody owns.
        $body = self::delivery('BOOKING_CREATED', 'bk_unknown_team', 777);
        $this->deliver($body, self::SECRET_1)->assertNotFound()->assertExactJson(['error' => 'unknown team']);

        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertSame([], $this->seen);
        $logged = $this->log->matching('warning', 'no company for this team');
        $this->assertCount(1, $logged);
        $this->assertSame(777, $logged[0]['context']['team_id']);
    }

    public function test_a_delivery_is_checked_with_its_own_teams_secret_never_another_companys(): void
    {
        // Team 43 is company 2: company 1's secret does not sign for it.
        $body = self::delivery('BOOKING_CREATED', 'bk_team_43', 43);
        $this->deliver($body, self::SECRET_1)->assertUnauthorized()->assertExactJson(['error' => 'invalid signature']);
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertCount(1, $this->log->matching('warning', 'signature rejected'));
        $this->assertSame(2, $this->log->matching('warning', 'signature rejected')[0]['context']['company_id']);

        $this->deliver($body, self::SECRET_2)->assertOk();
        $this->assertSame('2', (string) CalcomWebhookDelivery::query()->sole()->company_id);
        $this->assertSame(2, $this->seen[1]->companyId);
    }

    public function test_missing_wrong_and_unsigned_signatures_are_refused_and_nothing_is_stored(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_sig');
        $this->deliver($body, null)->assertUnauthorized();
        $this->deliver($body, null, signature: 'no-secret-provided')->assertUnauthorized();
        $this->deliver($body, null, signature: str_repeat('0', 64))->assertUnauthorized();
        $this->deliver($body, 'whsec_someone_else')->assertUnauthorized();
        // A body changed after signing.
        $this->deliver(str_replace('Max Muster', 'Eve Muster', $body), null, signature: hash_hmac('sha256', $body, self::SECRET_1))
            ->assertUnauthorized();
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertSame([], $this->seen);
        $this->assertCount(5, $this->log->matching('warning', 'signature rejected'));
    }

    public function test_a_company_without_webhook_secret_refuses_everything(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_nosecret', 44);
        $this->deliver($body, null, signature: 'no-secret-provided')->assertUnauthorized()
            ->assertExactJson(['error' => 'webhook not configured']);
        $this->deliver($body, '')->assertUnauthorized();
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertCount(2, $this->log->matching('error', 'no webhook secret configured'));
    }

    public function test_personal_bookings_use_the_tenant_segment_of_the_url(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_personal', null);
        // No team, no organisation and no tenant in the URL: whose secret? Refused.
        $this->deliver($body, self::SECRET_3)->assertStatus(422);
        $this->assertCount(1, $this->log->matching('warning', 'names no team or organization'));

        $this->deliver($body, self::SECRET_1, '/calcom/webhook/3')->assertUnauthorized();
        $this->deliver($body, self::SECRET_3, '/calcom/webhook/3')->assertOk()->assertExactJson(['status' => 'accepted']);
        $this->assertSame('3', (string) CalcomWebhookDelivery::query()->sole()->company_id);
        $this->assertSame(3, $this->seen[1]->companyId);
    }

    public function test_an_unknown_tenant_in_the_url_is_refused(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_x', null);
        $this->deliver($body, self::SECRET_3, '/calcom/webhook/99')->assertNotFound()->assertExactJson(['error' => 'unknown tenant']);
        $this->deliver($body, self::SECRET_3, '/calcom/webhook/not%20valid')->assertNotFound(); // route constraint
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertCount(1, $this->log->matching('warning', 'unknown tenant in the URL'));
    }

    public function test_a_tenant_url_refuses_another_teams_delivery_even_when_signed_with_its_secret(): void
    {
        // Company 1's URL and secret, but the booking is team 43's (company 2): never attributed to company 1.
        $body = self::delivery('BOOKING_CREATED', 'bk_cross', 43);
        $this->deliver($body, self::SECRET_1, '/calcom/webhook/1')->assertForbidden();
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertCount(1, $this->log->matching('warning', 'about another team'));
        // Its own team through its own URL is fine.
        $this->deliver(self::delivery('BOOKING_CREATED', 'bk_own', 42), self::SECRET_1, '/calcom/webhook/1')->assertOk();
    }

    public function test_the_organisation_finds_the_tenant_when_there_is_no_team(): void
    {
        $body = self::delivery('BOOKING_CREATED', 'bk_org', null, extra: ['organizationId' => 900]);
        $this->deliver($body, self::SECRET_4)->assertOk();
        $this->assertSame('4', (string) CalcomWebhookDelivery::query()->sole()->company_id);

        $unknown = self::delivery('BOOKING_CREATED', 'bk_org2', null, extra: ['organization' => ['id' => 901]]);
        $this->deliver($unknown, self::SECRET_4)->assertNotFound()->assertExactJson(['error' => 'unknown organization']);
        $this->assertSame(1, CalcomWebhookDelivery::query()->count());
    }

    public function test_bodies_that_are_too_large_or_not_json_objects_are_refused(): void
    {
        $this->app['config']->set('calbook.webhooks.max_body_bytes', 2048);
        $big = self::delivery('BOOKING_CREATED', 'bk_big', extra: ['description' => str_repeat('x', 4096)]);
        $this->deliver($big, self::SECRET_1)->assertStatus(413);

        // Valid signature over a JSON list: Webhook::parse refuses it (company 3 through its URL).
        $this->deliver('[1,2,3]', self::SECRET_3, '/calcom/webhook/3')->assertStatus(400);
        $this->deliver('{"triggerEvent":', self::SECRET_3, '/calcom/webhook/3')->assertStatus(400);
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
    }

    public function test_reschedule_and_cancel_dispatch_their_events_with_the_booking_data(): void
    {
        $this->deliver(self::delivery('BOOKING_RESCHEDULED', 'bk_new', extra: ['rescheduleUid' => 'bk_old',
            'rescheduleId' => 9000, 'rescheduleStartTime' => '2050-09-04T07:00:00.000Z']), self::SECRET_1)->assertOk();
        $this->deliver(self::delivery('BOOKING_CANCELLED', 'bk_new', extra: ['cancellationReason' => 'krank',
            'status' => 'CANCELLED']), self::SECRET_1)->assertOk();
        $this->deliver(self::delivery('BOOKING_REQUESTED', 'bk_req'), self::SECRET_1)->assertOk();

        $classes = array_map(static fn ($e) => $e::class, $this->seen);
        $this->assertSame([WebhookReceived::class, BookingRescheduled::class, WebhookReceived::class, BookingCancelled::class,
            WebhookReceived::class], $classes);
        $this->assertSame('bk_new', $this->seen[1]->uid);
        $this->assertSame('bk_old', $this->seen[1]->previousUid());
        $this->assertSame(9000, $this->seen[1]->previousId());
        $this->assertSame('krank', $this->seen[3]->cancellationReason());
        $this->assertSame('BOOKING_REQUESTED', $this->seen[4]->trigger);
        $this->assertSame(3, CalcomWebhookDelivery::query()->where('status', 'processed')->count());
    }

    public function test_a_delivery_that_cannot_be_queued_is_not_kept_so_a_redelivery_is_accepted(): void
    {
        // The database queue without its jobs table: pushing fails.
        $this->app['config']->set('calbook.webhooks.queue.connection', 'database');
        $this->app['config']->set('queue.connections.database', ['driver' => 'database', 'table' => 'jobs', 'queue' => 'default',
            'retry_after' => 90, 'connection' => null]);
        $body = self::delivery('BOOKING_CREATED', 'bk_queue_down');
        $this->deliver($body, self::SECRET_1)->assertStatus(503);
        $this->assertSame(0, CalcomWebhookDelivery::query()->count());
        $this->assertCount(1, $this->log->matching('error', 'could not queue'));

        $this->app['config']->set('calbook.webhooks.queue.connection', null);
        $this->deliver($body, self::SECRET_1)->assertOk()->assertExactJson(['status' => 'accepted']);
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, CalcomWebhookDelivery::query()->sole()->status);
    }

    public function test_the_route_macro_registers_one_post_route_without_csrf(): void
    {
        $route = $this->app['router']->getRoutes()->match(
            \Illuminate\Http\Request::create('/calcom/webhook/12', 'POST'));
        $this->assertSame(['POST'], $route->methods());
        $this->assertContains(\Calbook\Laravel\Webhooks\VerifyCalcomWebhook::class, $route->gatherMiddleware());
        $this->assertContains('Illuminate\Foundation\Http\Middleware\ValidateCsrfToken', $route->excludedMiddleware());
        $this->call('GET', '/calcom/webhook')->assertStatus(405);
    }
}
