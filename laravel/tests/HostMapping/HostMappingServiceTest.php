<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping;

use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Models\CalcomHostMappingAudit;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Salon;
use Calbook\Laravel\Tests\HostMapping\Fixtures\Staff;
use Calbook\Laravel\Tests\TestCase;
use Calbook\Laravel\Tests\Webhooks\MemoryLogger;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\DB;
use InvalidArgumentException;

/** HostMappingService: the cached mapper per company, its invalidation, assign() and its persistence. */
final class HostMappingServiceTest extends TestCase
{
    use Salon;

    private int $staffQueries = 0;

    protected function defineEnvironment($app): void
    {
        $this->configureSalon($app);
    }

    protected function setUp(): void
    {
        parent::setUp();
        $this->migrateSalon();
        $this->seedStaff();
        DB::listen(function ($q) {
            if (preg_match('/from "staff"/', $q->sql)) {
                $this->staffQueries++;
            }
        });
    }

    private function service(): HostMappingService
    {
        return $this->app->make(HostMappingService::class);
    }

    /** A v2 booking (GET /v2/bookings/{uid}) hosted by the emulator's user $hostId. */
    private static function booking(int $hostId, string $uid = 'bk_1'): array
    {
        return ['id' => 1001, 'uid' => $uid, 'status' => 'accepted', 'start' => '2050-09-05T07:00:00.000Z',
            'hosts' => [self::host($hostId)], 'attendees' => [['name' => 'Max', 'email' => 'max@example.org']]];
    }

    public function test_the_mapper_is_built_once_and_served_from_memory_and_cache(): void
    {
        $s = $this->service();
        $first = $s->mapper(1);
        $this->assertSame($first, $s->mapper(1));
        $this->assertSame(1, $this->staffQueries);
        $this->assertIsString(Cache::get('calbook:host_mapping:1:version'));
        $this->assertCount(3, Cache::get('calbook:host_mapping:1:rows')['staff']);

        // Another process (another service on the same cache) reads the rows from the cache, not the database.
        $other = new HostMappingService((array) config('calbook.host_mapping'), Cache::store(), new MemoryLogger());
        $this->assertSame(7, $other->mapper(1)->resolve(self::host(101))['staff_id']);
        $this->assertSame(1, $this->staffQueries);
    }

    public function test_a_staff_change_drops_the_mapper_in_every_process(): void
    {
        $s = $this->service();
        $other = new HostMappingService((array) config('calbook.host_mapping'), Cache::store(), new MemoryLogger());
        $this->assertNull($s->mapper(1)->resolve(self::host(104)));
        $this->assertNull($other->mapper(1)->resolve(self::host(104)));

        Staff::query()->create(['id' => 11, 'company_id' => 1, 'first_name' => 'Nobody', 'last_name' => 'Known',
            'email' => 'nobody@salon-demo.test', 'is_active' => true]);

        $this->assertSame(11, $s->mapper(1)->resolve(self::host(104))['staff_id']);
        $this->assertSame(11, $other->mapper(1)->resolve(self::host(104))['staff_id'], 'the other process saw the change');

        // Staff leaving (inactive) is seen as well.
        Staff::query()->whereKey(11)->first()->update(['is_active' => false]);
        $this->assertNull($s->mapper(1)->resolve(self::host(104)));
        // A change at company 2 leaves company 1's mapper alone.
        $other20 = Staff::query()->whereKey(20)->first();
        $before = $this->staffQueries;
        $other20->update(['last_name' => 'Spitzer-Berg']);
        $s->mapper(1);
        $this->assertSame($before, $this->staffQueries);
    }

    public function test_forget_rebuilds_on_next_use(): void
    {
        $s = $this->service();
        $s->mapper(1);
        DB::table('staff')->insert(['id' => 12, 'company_id' => 1, 'first_name' => 'Nobody', 'last_name' => 'Known',
            'email' => 'nobody@salon-demo.test', 'is_active' => true]); // no model event
        $this->assertNull($s->mapper(1)->resolve(self::host(104)));
        $s->forget(1);
        $this->assertNull(Cache::get('calbook:host_mapping:1:version'));
        $this->assertSame(12, $s->mapper(1)->resolve(self::host(104))['staff_id']);
    }

    public function test_assign_keeps_calcoms_host_and_the_customers_wish_apart(): void
    {
        $a = $this->service()->assign(self::booking(101), 1, 8, 'phone');
        $this->assertSame(7, $a->staffId, 'the staff Cal.com assigned, not the wish');
        $this->assertSame(8, $a->preferredStaffId);
        $this->assertFalse($a->preferenceMet);
        $this->assertSame('auto_email', $a->mappingSource());

        $b = $this->service()->assign(self::booking(101), 1, 7, 'phone');
        $this->assertTrue($b->preferenceMet);
        $this->assertSame('mapping', $b->source, 'the mapping stored by the first assign');
        $this->assertSame(['staff_id' => 7, 'calcom_host_id' => 101, 'preferred_staff_id' => 7, 'preference_met' => true,
            'source' => 'mapping', 'confidence' => 100, 'reason' => $b->reason, 'mapping_created' => false], $b->toArray());
    }

    public function test_each_company_resolves_among_its_own_staff_and_gets_its_own_mapping(): void
    {
        $this->assertSame(7, $this->service()->assign(self::booking(101), 1)->staffId);
        $this->assertSame(20, $this->service()->assign(self::booking(101), 2)->staffId);
        $this->assertSame([[1, 7], [2, 20]], CalcomHostMapping::query()->orderBy('company_id')->get()
            ->map(fn ($m) => [(int) $m->company_id, (int) $m->staff_id])->all());
        // Company 2 has no Jürgen: no match, with HostMapper's explanation.
        $none = $this->service()->assign(self::booking(102), 2);
        $this->assertNull($none->staffId);
        $this->assertSame(102, $none->calcomHostId);
        $this->assertStringContainsString('name', $none->reason);
    }

    public function test_names_match_with_umlaut_folding_and_the_reason_is_stored(): void
    {
        $a = $this->service()->assign(self::booking(102), 1, null, 'backfill', true, 'bk_umlaut');
        $this->assertSame(8, $a->staffId);
        $this->assertSame('name', $a->source);
        $this->assertSame(75, $a->confidence);
        $m = CalcomHostMapping::query()->sole();
        $this->assertSame('auto_name', $m->mapping_source);
        $this->assertSame(75, $m->confidence_score);
        $this->assertSame($a->reason, $m->reason);
        $audit = CalcomHostMappingAudit::query()->sole();
        $this->assertSame(['created', 'backfill', 'bk_umlaut', $a->reason], [$audit->action, $audit->context, $audit->booking_uid, $audit->reason]);
    }

    public function test_without_persist_nothing_is_written_not_even_the_cache(): void
    {
        $a = $this->service()->assign(self::booking(103), 1, null, 'backfill', false);
        $this->assertSame(9, $a->staffId);
        $this->assertFalse($a->mappingCreated);
        $this->assertSame(0, CalcomHostMapping::query()->count());
        $this->assertSame(0, CalcomHostMappingAudit::query()->count());
        $this->assertNull(Cache::get('calbook:host_mapping:1:version'));
        $this->assertNull(Cache::get('calbook:host_mapping:1:rows'));
        // The mapper built for it is reused in this process (a dry run over many rows queries staff once).
        $this->service()->assign(self::booking(101), 1, null, 'backfill', false);
        $this->assertSame(1, $this->staffQueries);
    }

    public function test_manual_mappings_win_are_audited_and_can_be_deactivated(): void
    {
        $s = $this->service();
        $this->assertNull($s->assign(self::booking(104), 1)->staffId);

        $m = $s->map(1, 104, 9, 'Anna books under a shared account');
        $this->assertSame('manual', $m->mapping_source);
        $a = $s->assign(self::booking(104), 1);
        $this->assertSame([9, 'mapping'], [$a->staffId, $a->source], 'the saved mapping dropped the cached mapper');

        $s->map(1, 104, 7, 'it is Fabian after all');
        $s->map(1, 104, 7, 'the same again'); // no change, no audit
        $this->assertSame(7, $s->assign(self::booking(104), 1)->staffId);

        $this->assertTrue($s->deactivate(1, 104, 'account closed'));
        $this->assertFalse($s->deactivate(1, 104, 'again'));
        $this->assertNull($s->assign(self::booking(104), 1)->staffId);

        $audits = CalcomHostMappingAudit::query()->orderBy('id')->get();
        $this->assertSame(['manual', 'reassigned', 'deactivated'], $audits->pluck('action')->all());
        $this->assertSame(9, (int) $audits[1]->old_values['staff_id']);
        $this->assertSame(7, (int) $audits[1]->new_values['staff_id']);
        $this->assertSame('it is Fabian after all', $audits[1]->reason);
        $this->assertTrue($audits[2]->old_values['is_active']);
        $this->assertFalse($audits[2]->new_values['is_active']);
        $this->assertSame(['manual', 'manual', 'manual'], $audits->pluck('context')->all());
    }

    public function test_an_inactive_mapping_is_left_to_a_person_not_overwritten_by_a_match(): void
    {
        $s = $this->service();
        $s->map(1, 101, 9, 'wrong on purpose');
        $s->deactivate(1, 101, 'checking');
        $a = $s->assign(self::booking(101), 1);
        $this->assertSame(7, $a->staffId, 'resolved by email meanwhile');
        $this->assertFalse($a->mappingCreated);
        $m = CalcomHostMapping::query()->sole();
        $this->assertSame([9, false], [(int) $m->staff_id, $m->is_active]);
        $this->assertSame(2, CalcomHostMappingAudit::query()->count());
    }

    public function test_staff_from_a_callback(): void
    {
        $s = $this->service();
        $s->resolveStaffUsing(fn ($company) => $company === 5
            ? [['id' => '501', 'name' => 'Anna Schmidt', 'email' => null, 'company_id' => '5', 'is_active' => 1], (object) ['id' => 502,
                'first_name' => 'Fabian', 'last_name' => 'Spitzer', 'company_id' => 5]]
            : []);
        $this->assertSame(501, $s->assign(self::booking(103), 5, null, 'app', false)->staffId);
        $this->assertSame(502, $s->assign(self::booking(101), 5, null, 'app', false)->staffId);
        $this->assertNull($s->assign(self::booking(101), 6, null, 'app', false)->staffId);
    }

    public function test_a_bad_configuration_is_a_clear_error_and_assign_never_throws(): void
    {
        $this->app['config']->set('calbook.host_mapping.staff.model', null);
        $this->app->forgetInstance(HostMappingService::class);
        $log = new MemoryLogger();
        $this->app->instance(\Psr\Log\LoggerInterface::class, $log);
        $s = $this->service();
        try {
            $s->mapper(1);
            $this->fail('no staff source must throw');
        } catch (InvalidArgumentException $e) {
            $this->assertStringContainsString('calbook.host_mapping.staff.model is not set', $e->getMessage());
        }
        $a = $s->assign(self::booking(101), 1, 8, 'phone');
        $this->assertNull($a->staffId);
        $this->assertSame(101, $a->calcomHostId);
        $this->assertSame(8, $a->preferredStaffId);
        $this->assertStringStartsWith('assignment failed: InvalidArgumentException', $a->reason);
        $this->assertCount(1, $log->matching('warning', 'staff assignment failed'));

        $this->app['config']->set('calbook.host_mapping.staff', ['model' => Staff::class, 'columns' => ['nick' => 'x']]);
        $this->app->forgetInstance(HostMappingService::class);
        $this->expectExceptionMessage("unknown field 'nick'");
        $this->service()->mapper(1);
    }
}
