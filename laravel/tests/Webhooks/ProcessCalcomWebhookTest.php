<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Webhooks;

use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Events\WebhookReceived;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Models\CalcomHostMappingAudit;
use Calbook\Laravel\Models\CalcomWebhookDelivery;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Calbook\Laravel\Tests\TestCase;
use Calbook\Laravel\Webhooks\ProcessCalcomWebhook;
use Illuminate\Contracts\Bus\Dispatcher as Bus;
use Illuminate\Routing\Router;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Queue;
use RuntimeException;

/** The queued job: idempotent, retried after a failing listener, host resolved to staff. */
final class ProcessCalcomWebhookTest extends TestCase
{
    use Deliveries;
    use Salon;

    private const SECRET = 'whsec_process_test_5555';

    /** @var list<object> */
    private array $seen = [];

    private bool $listenerFails = false;

    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.connections.default.webhook_secret', self::SECRET);
        $app['config']->set('calbook.tenants.companies', [1 => 'default']);
        $this->configureSalon($app);
    }

    protected function defineRoutes(Router $router): void
    {
        $router->calbookWebhooks('/calcom/webhook');
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        $this->seedStaff();
        foreach ([WebhookReceived::class, BookingCreated::class, BookingRescheduled::class] as $class) {
            Event::listen($class, function (object $e) {
                if ($this->listenerFails && $e instanceof BookingCreated) {
                    throw new RuntimeException('listener down');
                }
                $this->seen[] = $e;
            });
        }
    }

    /** Stores a delivery without running its job (the queue is faked for the request). */
    private function stored(string $body): CalcomWebhookDelivery
    {
        $queue = $this->app->make('queue');
        Queue::fake();
        $this->deliver($body, self::SECRET)->assertOk();
        Queue::assertPushed(ProcessCalcomWebhook::class, 1);
        Queue::swap($queue); // the jobs below run for real (sync connection)
        return CalcomWebhookDelivery::query()->where('delivery_key', hash('sha256', $body))->sole();
    }

    public function test_running_the_job_twice_dispatches_the_events_once(): void
    {
        $delivery = $this->stored(self::delivery('BOOKING_CREATED', 'bk_twice'));
        $bus = $this->app->make(Bus::class);
        $bus->dispatchSync(new ProcessCalcomWebhook($delivery->id));
        $bus->dispatchSync(new ProcessCalcomWebhook($delivery->id));

        $this->assertSame([WebhookReceived::class, BookingCreated::class], array_map(static fn ($e) => $e::class, $this->seen));
        $delivery->refresh();
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, $delivery->status);
        $this->assertSame(1, $delivery->attempts);
        $this->assertSame(1, CalcomHostMapping::query()->count());
        $this->assertSame(1, CalcomHostMappingAudit::query()->count());
    }

    public function test_a_failing_listener_marks_the_delivery_failed_and_a_retry_completes_it(): void
    {
        $delivery = $this->stored(self::delivery('BOOKING_CREATED', 'bk_retry'));
        $this->listenerFails = true;
        try {
            $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($delivery->id));
            $this->fail('the listener exception must reach the queue (so it retries)');
        } catch (RuntimeException $e) {
            $this->assertSame('listener down', $e->getMessage());
        }
        $delivery->refresh();
        $this->assertSame(CalcomWebhookDelivery::FAILED, $delivery->status);
        $this->assertSame(RuntimeException::class . ': listener down', $delivery->error);
        $this->assertNull($delivery->processed_at);

        $this->listenerFails = false;
        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($delivery->id));
        $delivery->refresh();
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, $delivery->status);
        $this->assertSame(2, $delivery->attempts);
        $this->assertNull($delivery->error);
        $created = array_values(array_filter($this->seen, static fn ($e) => $e instanceof BookingCreated));
        $this->assertCount(1, $created);
        // The mapping made on the failed attempt is not made twice.
        $this->assertSame(1, CalcomHostMappingAudit::query()->count());
    }

    public function test_failed_marks_the_row_and_never_undoes_a_processed_one(): void
    {
        $delivery = $this->stored(self::delivery('BOOKING_CREATED', 'bk_failed'));
        (new ProcessCalcomWebhook($delivery->id))->failed(new RuntimeException('gave up'));
        $this->assertSame(CalcomWebhookDelivery::FAILED, $delivery->refresh()->status);
        $this->assertSame(RuntimeException::class . ': gave up', $delivery->error);

        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($delivery->id));
        (new ProcessCalcomWebhook($delivery->id))->failed(new RuntimeException('late'));
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, $delivery->refresh()->status);
    }

    public function test_a_job_for_a_pruned_delivery_does_nothing(): void
    {
        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook(424242));
        $this->assertSame([], $this->seen);
    }

    public function test_the_host_is_resolved_to_staff_and_a_new_mapping_is_stored_with_its_reason_and_audit(): void
    {
        $delivery = $this->stored(self::delivery('BOOKING_CREATED', 'bk_assign', hostId: 101));
        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($delivery->id));

        $created = $this->seen[1];
        $this->assertInstanceOf(BookingCreated::class, $created);
        $a = $created->assignment;
        $this->assertNotNull($a);
        $this->assertSame(7, $a->staffId);
        $this->assertSame(101, $a->calcomHostId);
        $this->assertSame('email', $a->source);
        $this->assertSame(95, $a->confidence);
        $this->assertTrue($a->mappingCreated);
        $this->assertNull($a->preferredStaffId);
        $this->assertFalse($a->preferenceMet);

        $mapping = CalcomHostMapping::query()->sole();
        $this->assertSame([1, 101, 7, 'auto_email', 95, 'Fabian Spitzer', 'fabian@salon-demo.test', true], [
            (int) $mapping->company_id, $mapping->calcom_host_id, (int) $mapping->staff_id, $mapping->mapping_source,
            $mapping->confidence_score, $mapping->calcom_name, $mapping->calcom_email, $mapping->is_active]);
        $this->assertStringContainsString('email', (string) $mapping->reason);
        $audit = CalcomHostMappingAudit::query()->sole();
        $this->assertSame('created', $audit->action);
        $this->assertSame('webhook', $audit->context);
        $this->assertSame('bk_assign', $audit->booking_uid);
        $this->assertSame($mapping->id, $audit->mapping_id);
        $this->assertSame(7, (int) $audit->new_values['staff_id']);
        $this->assertNull($audit->old_values);

        // The next booking of the same host resolves by the stored mapping: no new row, no new audit.
        $this->seen = [];
        $next = $this->stored(self::delivery('BOOKING_RESCHEDULED', 'bk_assign_2', hostId: 101, extra: ['rescheduleUid' => 'bk_assign']));
        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($next->id));
        $this->assertSame('mapping', $this->seen[1]->assignment->source);
        $this->assertSame(100, $this->seen[1]->assignment->confidence);
        $this->assertFalse($this->seen[1]->assignment->mappingCreated);
        $this->assertSame(1, CalcomHostMapping::query()->count());
        $this->assertSame(1, CalcomHostMappingAudit::query()->count());
    }

    public function test_a_host_nobody_matches_gives_an_unresolved_assignment_with_the_reason(): void
    {
        $delivery = $this->stored(self::delivery('BOOKING_CREATED', 'bk_nobody', hostId: 104));
        $this->app->make(Bus::class)->dispatchSync(new ProcessCalcomWebhook($delivery->id));
        $a = $this->seen[1]->assignment;
        $this->assertNull($a->staffId);
        $this->assertFalse($a->resolved());
        $this->assertSame(104, $a->calcomHostId);
        $this->assertNotSame('', $a->reason);
        $this->assertSame(0, CalcomHostMapping::query()->count());
        $this->assertSame(CalcomWebhookDelivery::PROCESSED, $delivery->refresh()->status);
    }
}
