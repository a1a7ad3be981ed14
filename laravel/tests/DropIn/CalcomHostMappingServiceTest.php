<?php

namespace Calbook\Laravel\Tests\DropIn;

use Calbook\Laravel\DropIn\CalcomHostMappingService;
use Calbook\Laravel\DropIn\CalcomV2Client;
use Calbook\Laravel\DropIn\HostMatchContext;
use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

final class CalcomHostMappingServiceTest extends EmulatorTestCase
{
    use RefreshDatabase;

    private const STAFF = [
        ['id' => 7, 'first_name' => 'Fabian', 'last_name' => 'Spitzer', 'email' => 'fabian@salon-demo.test', 'company_id' => 1, 'is_active' => true],
        ['id' => 8, 'first_name' => 'Jürgen', 'last_name' => 'Müller', 'email' => 'j.mueller@salon.example', 'company_id' => 1, 'is_active' => true],
        ['id' => 9, 'first_name' => 'Anna', 'last_name' => 'Schmidt', 'email' => 'anna@elsewhere.example', 'company_id' => 2, 'is_active' => true],
    ];

    protected function setUp(): void
    {
        parent::setUp();
        app(HostMappingService::class)->resolveStaffUsing(
            fn ($companyId) => array_values(array_filter(self::STAFF, fn ($s) => (string) $s['company_id'] === (string) $companyId))
        );
    }

    private function service(): CalcomHostMappingService
    {
        return app(CalcomHostMappingService::class);
    }

    public function test_extracts_the_host_of_a_real_create_response(): void
    {
        $created = app(CalcomV2Client::class)->createBooking([
            'eventTypeId' => 501, 'start' => '2050-09-05T07:00:00Z', 'name' => 'Erika Mustermann', 'email' => 'erika@example.org',
        ]);
        $host = $this->service()->extractHostFromBooking($created->json());
        $this->assertSame($created->json('data.hosts.0.id'), $host['id']);
        $this->assertSame($created->json('data.hosts.0.email'), $host['email']);
        $this->assertSame('data.hosts', $host['source']);
    }

    public function test_a_response_without_a_host_gives_null_and_logs_the_keys_only(): void
    {
        Log::spy();
        $legacy = ['status' => 'success', 'data' => ['id' => 1001, 'uid' => 'abcDEF123', 'status' => 'ACCEPTED', 'attendeeEmail' => 'erika@example.org']];
        $this->assertNull($this->service()->extractHostFromBooking($legacy));
        Log::shouldHaveReceived('warning')->once()->withArgs(function ($message, $context) {
            return $message === 'calbook: no host in the booking data'
                && $context === ['keys' => ['id', 'uid', 'status', 'attendeeEmail']];
        });
    }

    public function test_resolves_by_email_stores_the_mapping_and_then_uses_it(): void
    {
        $host = ['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'Fabian@Salon-Demo.test'];
        $this->assertSame('7', $this->service()->resolveStaffForHost($host, new HostMatchContext(1)));
        $row = DB::table('calcom_host_mappings')->where('calcom_host_id', 101)->first();
        $this->assertSame('auto_email', $row->mapping_source);
        $this->assertEquals(7, $row->staff_id);
        $this->assertEquals(1, $row->company_id);

        // The stored mapping now decides, even when the email no longer matches.
        $this->assertSame('7', $this->service()->resolveStaffForHost(['id' => 101, 'email' => 'new@example.org'], ['company_id' => 1]));
        $this->assertSame(1, DB::table('calcom_host_mappings')->count());
    }

    public function test_resolves_by_name_with_umlauts_and_keeps_companies_apart(): void
    {
        $ctx = new class { public int $companyId = 1; };
        $this->assertSame('8', $this->service()->resolveStaffForHost(['id' => 102, 'name' => 'Juergen Mueller', 'email' => 'juergen@salon-demo.test'], $ctx));
        // Anna is staff of company 2 only: for company 1 there is no match, and nothing is stored.
        $this->assertNull($this->service()->resolveStaffForHost(['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@elsewhere.example'], new HostMatchContext(1)));
        $this->assertSame('9', $this->service()->resolveStaffForHost(['id' => 103, 'name' => 'Anna Schmidt'], new HostMatchContext(2)));
        $this->assertSame([102, 103], DB::table('calcom_host_mappings')->orderBy('calcom_host_id')->pluck('calcom_host_id')->map(fn ($v) => (int) $v)->all());
    }

    public function test_no_host_id_is_null_and_a_context_without_company_is_refused(): void
    {
        $this->assertNull($this->service()->resolveStaffForHost(['email' => 'fabian@salon-demo.test'], new HostMatchContext(1)));
        $this->assertSame(0, DB::table('calcom_host_mappings')->count());
        $this->expectException(\InvalidArgumentException::class);
        $this->service()->resolveStaffForHost(['id' => 101], new \stdClass());
    }
}
