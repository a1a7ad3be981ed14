<?php

declare(strict_types=1);

namespace Calbook\Laravel\Tests\HostMapping;

use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Models\CalcomHostMappingAudit;
use Calbook\Laravel\Tests\TestCase;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\Schema;

/** CALBOOK_KEY_TYPE=string: company and staff ids such as UUIDs or slugs, in the tables and in assign(). */
final class StringKeysTest extends TestCase
{
    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.host_mapping.key_type', 'string');
    }

    public function test_string_company_and_staff_ids_are_stored_as_given(): void
    {
        Artisan::call('migrate', ['--force' => true]);
        $this->assertSame('varchar', Schema::getColumnType('calcom_host_mappings', 'company_id'));
        $this->assertSame('varchar', Schema::getColumnType('calcom_host_mappings', 'staff_id'));
        $this->assertSame('varchar', Schema::getColumnType('calcom_host_mapping_audits', 'company_id'));

        $service = $this->app->make(HostMappingService::class);
        $service->resolveStaffUsing(fn ($company) => $company === 'salon-a'
            ? [['id' => 'st-0001', 'first_name' => 'Anna', 'last_name' => 'Schmidt', 'email' => 'anna@salon-demo.test', 'company_id' => 'salon-a']]
            : []);
        $a = $service->assign(['uid' => 'bk', 'hosts' => [['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test']]],
            'salon-a', null, 'webhook');
        $this->assertSame('st-0001', $a->staffId);
        $m = CalcomHostMapping::query()->sole();
        $this->assertSame(['salon-a', 'st-0001', 103], [$m->company_id, $m->staff_id, $m->calcom_host_id]);
        $this->assertSame('salon-a', CalcomHostMappingAudit::query()->sole()->company_id);
        // Resolved by the stored mapping next time.
        $this->assertSame('mapping', $service->assign(['uid' => 'bk2', 'hosts' => [['id' => 103]]], 'salon-a')->source);
    }
}
