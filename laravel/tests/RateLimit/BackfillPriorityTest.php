<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\RateLimit;

use Calbook\Laravel\Backfill\BackfillChunk;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Testing\RecordedRequest;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Appointment;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Calbook\Laravel\Tests\TestCase;
use Calbook\RateLimiter;
use Illuminate\Support\Facades\Artisan;

/**
 * calbook:backfill and its BackfillChunk jobs send at BATCH priority (a connection with the client
 * option 'priority' => 'batch', with the same shared limiter), so they never spend the budget of
 * live calls; the application's own calls keep the per-method defaults.
 */
final class BackfillPriorityTest extends TestCase
{
    use Salon;

    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.tenants.companies', [1 => 'default']);
        $app['config']->set('calbook.rate_limiter', CountingLimiter::class);
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        $this->seedStaff();
        Calbook::fake([
            'GET /bookings/*' => fn (RecordedRequest $r) => Calbook::data(['uid' => basename($r->path), 'status' => 'accepted',
                'hosts' => [self::host(101)]]),
        ])->preventStrayRequests();
    }

    /** @return list<?string> the priority of each recorded request */
    private static function priorities(): array
    {
        return array_map(static fn (array $pair) => $pair[0]->priority, Calbook::recorded());
    }

    public function test_the_command_fetches_at_batch_priority(): void
    {
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkA']);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkB']);
        $this->assertSame(0, Artisan::call('calbook:backfill'), Artisan::output());
        $this->assertSame([RateLimiter::BATCH, RateLimiter::BATCH], self::priorities());
        $this->assertSame([7, 7], Appointment::query()->orderBy('id')->pluck('staff_id')->map(fn ($v) => (int) $v)->all());
        // The batch connection shares the manager's limiter.
        $limiter = $this->app->make('calbook')->rateLimiter();
        $this->assertSame($limiter, Calbook::forCompany(1)->withPriority(RateLimiter::BATCH)->clientOptions()['rate_limiter']);
        // The application's own calls on the same connection: per-method defaults.
        Calbook::forCompany(1)->getBooking('bkA');
        $this->assertSame([RateLimiter::BATCH, RateLimiter::BATCH, null], self::priorities());
    }

    public function test_a_chunk_job_fetches_at_batch_priority(): void
    {
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkC']);
        dispatch(new BackfillChunk(1, [1]));
        $this->assertSame([RateLimiter::BATCH], self::priorities());
        $this->assertSame(7, (int) Appointment::query()->value('staff_id'));
    }
}
