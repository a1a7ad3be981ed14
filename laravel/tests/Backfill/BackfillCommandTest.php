<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Backfill;

use Calbook\Laravel\Backfill\BackfillChunk;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Testing\RecordedRequest;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Appointment;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Calbook\Laravel\Tests\TestCase;
use Calbook\TransportException;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Queue;

/** calbook:backfill with Calbook::fake(): options, configuration, tenants, the chunk job's retry on a rate limit. */
final class BackfillCommandTest extends TestCase
{
    use Salon;

    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.connections.salon-2', ['api_key' => 'cal_test_two', 'base_url' => 'http://127.0.0.1:9/v2', 'team_id' => 43]);
        $app['config']->set('calbook.tenants.companies', [1 => 'default', 2 => 'salon-2']);
        $app['config']->set('queue.connections.database', ['driver' => 'database', 'table' => 'jobs', 'queue' => 'default',
            'retry_after' => 90, 'connection' => null]);
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        $this->seedStaff();
        Calbook::fake()->preventStrayRequests();
    }

    private static function booking(string $uid, int $hostId): \Calbook\Response
    {
        return Calbook::data(['id' => 1001, 'uid' => $uid, 'status' => 'accepted', 'hosts' => [self::host($hostId)]]);
    }

    private function backfill(array $options = []): array
    {
        $code = Artisan::call('calbook:backfill', $options);
        return [$code, Artisan::output()];
    }

    public function test_bad_options_are_refused_before_anything_runs(): void
    {
        foreach ([
            [['--concurrency' => '0'], '--concurrency must be between 1 and 64'],
            [['--concurrency' => '65'], '--concurrency must be between 1 and 64'],
            [['--limit' => 'ten'], '--limit must be a whole number'],
            [['--max-wait' => '-1'], '--max-wait must be a whole number'],
            [['--dry-run' => true, '--queue' => true], '--dry-run and --queue cannot be combined'],
        ] as [$options, $message]) {
            [$code, $out] = $this->backfill($options);
            $this->assertSame(2, $code, $message);
            $this->assertStringContainsString($message, $out);
        }
        Calbook::assertNothingSent();
    }

    public function test_a_missing_or_wrong_source_configuration_says_what_to_set(): void
    {
        $this->app['config']->set('calbook.backfill.model', null);
        [$code, $out] = $this->backfill();
        $this->assertSame(2, $code);
        $this->assertStringContainsString('calbook.backfill.model is not set', $out);

        $this->app['config']->set('calbook.backfill.model', \stdClass::class);
        [, $out] = $this->backfill();
        $this->assertStringContainsString("must be an Eloquent model class, 'stdClass' is not", $out);

        $this->app['config']->set('calbook.backfill.model', Appointment::class);
        $this->app['config']->set('calbook.backfill.columns.staff', 'staff_id; drop table staff');
        [, $out] = $this->backfill();
        $this->assertStringContainsString('calbook.backfill.columns.staff must be a column name', $out);
    }

    public function test_each_company_is_fetched_through_its_own_connection(): void
    {
        Calbook::fake([
            'GET /bookings/bkOne' => self::booking('bkOne', 101),
            'GET /bookings/bkTwo' => self::booking('bkTwo', 101),
            'GET /bookings/bkDown' => new TransportException('connection refused'),
        ]);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkOne']);
        Appointment::query()->create(['company_id' => 2, 'calcom_v2_booking_uid' => 'bkTwo']);
        Appointment::query()->create(['company_id' => 2, 'calcom_v2_booking_uid' => 'bkDown']);

        [$code, $out] = $this->backfill();
        $this->assertSame(1, $code);
        Calbook::assertSent(fn (RecordedRequest $r) => $r->path === '/bookings/bkOne' && $r->connection === 'default' && $r->companyId === 1);
        Calbook::assertSent(fn (RecordedRequest $r) => $r->path === '/bookings/bkTwo' && $r->connection === 'salon-2' && $r->companyId === 2);
        // The same Cal.com host is Fabian at each company: staff 7 at company 1, staff 20 at company 2.
        $this->assertSame([7, 20, null], Appointment::query()->orderBy('id')->pluck('staff_id')->map(fn ($v) => $v === null ? null : (int) $v)->all());
        $this->assertStringContainsString('#3 bkDown: API error (Calbook\TransportException: connection refused)', $out);
    }

    public function test_a_row_with_a_malformed_uid_fails_alone(): void
    {
        Calbook::fake(['GET /bookings/bkGood' => self::booking('bkGood', 101)]);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => '../me']);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkGood']);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => "bk\nEvil"]);
        [$code, $out] = $this->backfill();
        $this->assertSame(1, $code);
        $this->assertStringContainsString('#1 ../me: failed (not a Cal.com booking uid)', $out);
        $this->assertStringContainsString('#3 bk?Evil: failed (not a Cal.com booking uid)', $out);
        $this->assertSame([null, 7, null], Appointment::query()->orderBy('id')->pluck('staff_id')->map(fn ($v) => $v === null ? null : (int) $v)->all());
        Calbook::assertSentCount(1);
    }

    public function test_a_row_filled_meanwhile_is_left_alone(): void
    {
        $row = Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkRace']);
        Calbook::fake(['GET /bookings/bkRace' => function () use ($row) {
            // Someone assigns staff while the booking is being fetched.
            DB::table('appointments')->where('id', $row->id)->update(['staff_id' => 9]);
            return self::booking('bkRace', 101);
        }]);
        [$code, $out] = $this->backfill(['-v' => true]);
        $this->assertSame(0, $code, $out);
        $this->assertSame(9, (int) $row->refresh()->staff_id);
        $this->assertStringContainsString('#1 bkRace: staff set meanwhile, left alone', $out);
        $this->assertMatchesRegularExpression('/Skipped:\s+1/', $out);
    }

    public function test_a_rate_limited_chunk_job_goes_back_to_the_queue_for_the_time_cal_com_asked(): void
    {
        $this->createJobsTable();
        Calbook::fake([
            'GET /bookings/bkOk' => self::booking('bkOk', 103),
            'GET /bookings/bkLimited' => Calbook::response(['status' => 'error'], 429, ['X-RateLimit-Reset-Default' => '7']),
        ]);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkOk']);
        Appointment::query()->create(['company_id' => 1, 'calcom_v2_booking_uid' => 'bkLimited']);
        Queue::connection('database')->push(new BackfillChunk(1, [1, 2]));

        $now = time();
        Artisan::call('queue:work', ['connection' => 'database', '--once' => true, '--sleep' => 0]);

        $this->assertSame([9, null], Appointment::query()->orderBy('id')->pluck('staff_id')->map(fn ($v) => $v === null ? null : (int) $v)->all());
        $job = DB::table('jobs')->sole();
        $this->assertSame(1, (int) $job->attempts);
        $this->assertGreaterThanOrEqual($now + 7, (int) $job->available_at);
        $this->assertLessThanOrEqual(time() + 8, (int) $job->available_at);
        $this->assertSame(1, CalcomHostMapping::query()->count());
    }

    public function test_queue_without_rows_queues_nothing(): void
    {
        Queue::fake();
        [$code, $out] = $this->backfill(['--queue' => true]);
        $this->assertSame(0, $code);
        $this->assertStringContainsString('Queued 0 job(s) for 0 row(s)', $out);
        Queue::assertNothingPushed();
    }

    public function test_queue_makes_one_job_per_company_and_chunk(): void
    {
        $this->app['config']->set('calbook.backfill.chunk', 2);
        foreach ([1, 2, 1, 1, 2, 1] as $i => $company) {
            Appointment::query()->create(['company_id' => $company, 'calcom_v2_booking_uid' => "bkQ$i"]);
        }
        Queue::fake();
        [$code, $out] = $this->backfill(['--queue' => true, '--concurrency' => '3']);
        $this->assertSame(0, $code, $out);
        $pushed = Queue::pushed(BackfillChunk::class)->map(fn (BackfillChunk $j) => [$j->companyId, $j->keys, $j->concurrency])->all();
        $this->assertSame([[1, [1, 3], 3], [1, [4, 6], 3], [2, [2, 5], 3]], $pushed);
        Calbook::assertNothingSent();
    }
}
