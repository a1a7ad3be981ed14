<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\Backfill;

use Calbook\Laravel\Backfill\BackfillChunk;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Models\CalcomHostMappingAudit;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Appointment;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Illuminate\Contracts\Bus\Dispatcher as Bus;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

/**
 * calbook:backfill against the bundled Cal.com emulator (real HTTP), on a SQLite FILE with the
 * database cache store and the database queue in the same file, so "writes nothing" is checked
 * on the bytes of the file.
 */
final class BackfillEmulatorTest extends EmulatorTestCase
{
    use Salon;

    private string $dbFile = '';

    /** @var array<int, string> host id => booking uid */
    private array $uids = [];

    protected function defineEnvironment($app): void
    {
        parent::defineEnvironment($app);
        if ($this->dbFile === '') {
            $this->dbFile = tempnam(sys_get_temp_dir(), 'calbook-backfill-') . '.sqlite';
            touch($this->dbFile);
        }
        $config = $app['config'];
        $config->set('database.connections.testing.database', $this->dbFile);
        $config->set('cache.default', 'database');
        $config->set('cache.stores.database', ['driver' => 'database', 'table' => 'cache', 'connection' => null, 'lock_connection' => null]);
        $config->set('queue.connections.database', ['driver' => 'database', 'table' => 'jobs', 'queue' => 'default',
            'retry_after' => 90, 'connection' => null]);
        $config->set('queue.failed.driver', 'null');
        $config->set('calbook.tenants.companies', [1 => 'default']);
        $config->set('calbook.backfill.chunk', 2);
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        Schema::create('cache', function (Blueprint $t) {
            $t->string('key')->primary();
            $t->mediumText('value');
            $t->integer('expiration');
        });
        Schema::create('cache_locks', function (Blueprint $t) {
            $t->string('key')->primary();
            $t->string('owner');
            $t->integer('expiration');
        });
        $this->createJobsTable();
        $this->seedStaff();

        // Three bookings at the same time: round robin gives hosts 101, 102, 103.
        $emu = static::emulator();
        foreach ([1, 2, 3] as $i) {
            $b = $emu->request('POST', '/bookings', $emu->headers('bookings'), ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
                'attendee' => ['name' => "Kunde $i", 'email' => "kunde$i@example.org", 'timeZone' => 'Europe/Berlin']]);
            $this->assertSame(201, $b['status']);
            $this->uids[$b['json']['data']['hosts'][0]['id']] = $b['json']['data']['uid'];
        }
        $this->assertSame([101, 102, 103], array_keys($this->uids));
        $rows = [
            ['company_id' => 1, 'calcom_v2_booking_uid' => $this->uids[101], 'preferred_staff_id' => 8], // id 1
            ['company_id' => 1, 'calcom_v2_booking_uid' => $this->uids[102]],                          // id 2
            ['company_id' => 1, 'calcom_v2_booking_uid' => 'bkMissingInCalcom0001'],                   // id 3: 404
            ['company_id' => 1, 'calcom_v2_booking_uid' => $this->uids[103]],                          // id 4
            ['company_id' => 1, 'calcom_v2_booking_uid' => $this->uids[101], 'staff_id' => 9],          // id 5: has staff
            ['company_id' => 1, 'calcom_v2_booking_uid' => null],                                      // id 6: no booking
        ];
        foreach ($rows as $row) {
            Appointment::query()->create($row);
        }
        DB::disconnect();
    }

    protected function tearDown(): void
    {
        parent::tearDown();
        foreach (glob($this->dbFile . '*') ?: [] as $f) {
            @unlink($f);
        }
    }

    /** sha256 of the database file, and which journal files exist next to it. */
    private function fileState(): array
    {
        clearstatcache();
        return [hash_file('sha256', $this->dbFile), filesize($this->dbFile), array_map('basename', glob($this->dbFile . '?*') ?: [])];
    }

    private function backfill(array $options = []): array
    {
        $code = Artisan::call('calbook:backfill', $options);
        return [$code, Artisan::output()];
    }

    /** @return array<int, array{0: ?int, 1: ?int, 2: ?string, 3: ?int}> id => [staff, host, source, confidence] */
    private function appointments(): array
    {
        return Appointment::query()->orderBy('id')->get()->mapWithKeys(fn ($a) => [$a->id => [
            $a->staff_id === null ? null : (int) $a->staff_id, $a->calcom_host_id === null ? null : (int) $a->calcom_host_id,
            $a->assignment_source, $a->assignment_confidence === null ? null : (int) $a->assignment_confidence]])->all();
    }

    public function test_a_dry_run_leaves_the_database_file_byte_identical(): void
    {
        $before = $this->fileState();
        $requests = static::emulator()->stats()['request_count'];

        [$code, $out] = $this->backfill(['--dry-run' => true]);

        $this->assertSame($before, $this->fileState(), "the dry run changed the database file:\n$out");
        $this->assertSame(1, $code, $out); // the missing booking is an API error
        $this->assertStringContainsString('[dry run] 4 row(s) with a Cal.com booking and no staff', $out);
        $this->assertStringContainsString('#1 ' . $this->uids[101] . ': would assign staff 7 (email, 95%) = Fabian Spitzer at Cal.com', $out);
        $this->assertStringContainsString('#2 ' . $this->uids[102] . ': would assign staff 8 (name, 75%)', $out);
        $this->assertStringContainsString('#4 ' . $this->uids[103] . ': would assign staff 9 (email, 95%)', $out);
        $this->assertStringContainsString('#3 bkMissingInCalcom0001: API error (HTTP 404)', $out);
        $this->assertMatchesRegularExpression('/Summary \(dry run, nothing written\):\s+Updated:\s+3\s+No match:\s+0\s+API errors:\s+1/', $out);
        // It did the work: four bookings fetched from Cal.com.
        $this->assertSame($requests + 4, static::emulator()->stats()['request_count']);

        // The same run for real changes the file: the check above can fail.
        $this->backfill();
        $this->assertNotSame($before[0], $this->fileState()[0]);
    }

    public function test_a_real_run_assigns_cal_coms_hosts_and_keeps_the_wish_apart(): void
    {
        [$code, $out] = $this->backfill(['--concurrency' => '3']);
        $this->assertSame(1, $code, $out);
        $this->assertSame([
            1 => [7, 101, 'auto_email', 95],  // Cal.com gave Fabian although the customer wished Jürgen (8)
            2 => [8, 102, 'auto_name', 75],
            3 => [null, null, null, null],    // 404: left for a later run
            4 => [9, 103, 'auto_email', 95],
            5 => [9, null, null, null],       // had staff: untouched
            6 => [null, null, null, null],    // no booking
        ], $this->appointments());
        $this->assertSame(8, (int) Appointment::query()->find(1)->preferred_staff_id);
        $this->assertSame(3, CalcomHostMapping::query()->count());
        $this->assertSame(['backfill'], CalcomHostMappingAudit::query()->distinct()->pluck('context')->all());
        $this->assertStringContainsString('#3 bkMissingInCalcom0001: API error (HTTP 404)', $out);
        $this->assertMatchesRegularExpression('/Summary:\s+Updated:\s+3\s+No match:\s+0\s+API errors:\s+1\s+Rate limited:\s+0\s+Skipped:\s+0\s+Failed:\s+0\s+Total:\s+4/', $out);

        // Again: only the 404 row is pending; nothing is assigned or audited twice.
        [$code, $out] = $this->backfill();
        $this->assertStringContainsString('1 row(s) with a Cal.com booking and no staff', $out);
        $this->assertSame(3, CalcomHostMappingAudit::query()->count());
    }

    public function test_limit_and_company_select_the_rows(): void
    {
        [, $out] = $this->backfill(['--limit' => '2']);
        $this->assertStringContainsString('2 row(s) with a Cal.com booking and no staff', $out);
        $this->assertSame([7, 8, null, null], array_column(array_slice($this->appointments(), 0, 4), 0));

        [$code, $out] = $this->backfill(['--company' => '2']);
        $this->assertSame(0, $code);
        $this->assertStringContainsString('0 row(s)', $out);
    }

    public function test_rows_of_a_company_without_tenant_fail_and_the_others_go_on(): void
    {
        Appointment::query()->create(['company_id' => 2, 'calcom_v2_booking_uid' => $this->uids[101]]); // id 7
        [$code, $out] = $this->backfill();
        $this->assertSame(1, $code);
        $this->assertStringContainsString('#7 ' . $this->uids[101] . ': failed (Calbook\Laravel\Exceptions\UnknownTenantException', $out);
        $this->assertSame(7, $this->appointments()[1][0]);
        $this->assertNull($this->appointments()[7][0]);
    }

    public function test_a_host_whose_staff_left_is_no_match_with_the_reason(): void
    {
        DB::table('staff')->where('id', 9)->update(['is_active' => false]);
        [, $out] = $this->backfill();
        $this->assertMatchesRegularExpression('/#4 \S+: no match \(.*email.*\)/', $out);
        $this->assertNull($this->appointments()[4][0]);
    }

    public function test_rate_limited_fetches_are_waited_out_and_fetched_again(): void
    {
        static::emulator()->config(['rate_limit' => ['limit' => 2, 'window_s' => 1, 'block_s' => 1]]);
        [$code, $out] = $this->backfill(['--max-wait' => '2', '--concurrency' => '4']);
        $this->assertStringNotContainsString('Rate limited:  1', $out);
        $this->assertSame([7, 8, null, 9], array_column(array_slice($this->appointments(), 0, 4), 0), $out);
        $this->assertSame(1, $code, $out); // only the 404
        $statuses = array_column(static::emulator()->stats()['requests'], 'status');
        $this->assertContains(429, $statuses, 'the emulator did refuse some fetches');
    }

    public function test_queue_splits_the_work_into_jobs_that_queue_workers_run(): void
    {
        $this->app['config']->set('calbook.backfill.queue.connection', 'database');
        [$code, $out] = $this->backfill(['--queue' => true]);
        $this->assertSame(0, $code, $out);
        $this->assertStringContainsString('Queued 2 job(s) for 4 row(s) on queue connection database', $out);
        $this->assertSame(2, DB::table('jobs')->count());
        $this->assertSame([null, null, null, null], array_column(array_slice($this->appointments(), 0, 4), 0), 'nothing done yet');

        // A worker (on any machine) takes them.
        Artisan::call('queue:work', ['connection' => 'database', '--stop-when-empty' => true, '--sleep' => 0]);
        $this->assertSame(0, DB::table('jobs')->count());
        $this->assertSame([7, 8, null, 9], array_column(array_slice($this->appointments(), 0, 4), 0));
        $this->assertSame(3, CalcomHostMappingAudit::query()->count());
    }

    public function test_a_chunk_job_run_twice_changes_nothing_the_second_time(): void
    {
        $bus = $this->app->make(Bus::class);
        $job = fn () => new BackfillChunk(1, [1, 2, 3, 4, 5, 6], 4);
        $bus->dispatchSync($job());
        $after = [$this->appointments(), CalcomHostMapping::query()->orderBy('id')->get()->toArray(),
            CalcomHostMappingAudit::query()->orderBy('id')->get()->toArray()];
        $this->assertSame([7, 8, null, 9, 9, null], array_column($after[0], 0));
        $fetches = static::emulator()->stats()['request_count'];

        $bus->dispatchSync($job());

        $this->assertSame($after, [$this->appointments(), CalcomHostMapping::query()->orderBy('id')->get()->toArray(),
            CalcomHostMappingAudit::query()->orderBy('id')->get()->toArray()]);
        // Only the still-pending 404 row was fetched again.
        $this->assertSame($fetches + 1, static::emulator()->stats()['request_count']);
    }
}
