<?php

namespace Calbook\Laravel\Tests\Unit;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\CalbookServiceProvider;
use Calbook\Laravel\Connection;
use Calbook\Laravel\Contracts\Connection as ConnectionContract;
use Calbook\Laravel\Contracts\Factory;
use Calbook\Laravel\Exceptions\ConfigurationException;
use Calbook\Laravel\Exceptions\UnknownConnectionException;
use Calbook\Laravel\Exceptions\UnknownTenantException;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tenant;
use Calbook\Laravel\Tests\TestCase;
use Illuminate\Support\Facades\Cache;

final class ManagerTest extends TestCase
{
    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.connections.salon-42', [
            'api_key' => 'cal_live_salon42_secret', 'base_url' => 'https://api.cal.com/v2', 'team_id' => '4242',
            'organization_id' => 900, 'webhook_secret' => 'whsec_salon42',
        ]);
        $app['config']->set('calbook.tenants.companies', [42 => 'salon-42']);
    }

    public function test_bindings_facade_and_deferred_provider(): void
    {
        $this->assertInstanceOf(CalbookManager::class, $this->app->make('calbook'));
        $this->assertSame($this->app->make('calbook'), $this->app->make(Factory::class));
        $this->assertSame($this->app->make('calbook'), Calbook::getFacadeRoot());
        $this->assertInstanceOf(ConnectionContract::class, $this->app->make(ConnectionContract::class));
        $provider = new CalbookServiceProvider($this->app);
        $this->assertTrue($provider->isDeferred());
        $this->assertContains('calbook', $provider->provides());
        $this->assertContains(CalbookManager::class, $provider->provides());
    }

    public function test_named_connections_are_kept_and_built_lazily(): void
    {
        $default = Calbook::connection();
        $this->assertSame('default', $default->name());
        $this->assertSame($default, Calbook::connection('default'));
        $this->assertFalse($default->hasClient(), 'no client before the first use');
        $client = $default->client();
        $this->assertSame($client, Calbook::connection()->client(), 'one client per connection per process');

        $salon = Calbook::connection('salon-42');
        $this->assertSame(4242, $salon->teamId());
        $this->assertSame('https://api.cal.com/v2', $salon->baseUrl());
        $this->assertSame(['default', 'salon-42'], Calbook::connectionNames());

        Calbook::forgetConnections();
        $this->assertNotSame($default, Calbook::connection());
        Calbook::purge('salon-42');
        $this->assertNotSame($salon, Calbook::connection('salon-42'));
    }

    public function test_unknown_connection_and_bad_configuration_are_refused(): void
    {
        try {
            Calbook::connection('nope');
            $this->fail('no exception');
        } catch (UnknownConnectionException $e) {
            $this->assertSame("calbook: connection 'nope' is not configured in config/calbook.php", $e->getMessage());
        }
        config(['calbook.connections.nokey' => ['api_key' => '']]);
        $c = Calbook::connection('nokey');
        try {
            $c->client();
            $this->fail('no exception');
        } catch (ConfigurationException $e) {
            $this->assertSame("calbook: connection 'nokey' has no api_key", $e->getMessage());
        }
        config(['calbook.connections.badteam' => ['api_key' => 'k', 'team_id' => 'forty-two']]);
        $this->expectException(ConfigurationException::class);
        $this->expectExceptionMessage("calbook: connection 'badteam': team_id must be a positive integer");
        Calbook::connection('badteam');
    }

    public function test_a_bad_client_option_surfaces_as_the_extensions_exception(): void
    {
        config(['calbook.connections.badopt' => ['api_key' => 'k', 'options' => ['timeout_ms' => 0]]]);
        $this->expectException(\Calbook\InvalidArgumentException::class);
        $this->expectExceptionMessage('timeout_ms');
        Calbook::connection('badopt')->client();
    }

    public function test_company_from_static_mapping(): void
    {
        $c = Calbook::forCompany(42);
        $this->assertSame('salon-42', $c->name());
        $this->assertSame($c, Calbook::forCompany(42));
        $this->assertSame($c, Calbook::connection('salon-42'), 'one connection (and client) for the company and the name');
        // Two companies on one account: each gets its own tenant, on the same configuration.
        config(['calbook.tenants.companies' => [42 => 'salon-42', 43 => 'salon-42']]);
        $other = Calbook::forCompany(43);
        $this->assertNotSame($c, $other);
        $this->assertSame(43, $other->tenant()->companyId);
        $this->assertSame('salon-42', $other->name());
        $tenant = Calbook::tenant(42);
        $this->assertSame(42, $tenant->companyId);
        $this->assertSame('salon-42', $tenant->connectionName);
        $this->assertSame(4242, $tenant->teamId);
        $this->assertSame(900, $tenant->organizationId);
        $this->assertSame('whsec_salon42', $tenant->webhookSecret());
    }

    public function test_unknown_company_is_never_given_a_default(): void
    {
        try {
            Calbook::forCompany(7);
            $this->fail('no exception');
        } catch (UnknownTenantException $e) {
            $this->assertSame(7, $e->companyId);
            $this->assertStringContainsString('no Cal.com connection for company 7', $e->getMessage());
        }
        Calbook::resolveTenantsUsing(fn ($id) => null);
        $this->expectException(UnknownTenantException::class);
        $this->expectExceptionMessage('the tenant resolver does not know it');
        Calbook::forCompany(7);
    }

    public function test_company_from_the_resolver_is_cached_encrypted_and_kept(): void
    {
        $calls = 0;
        Calbook::resolveTenantsUsing(function ($id) use (&$calls) {
            $calls++;
            return ['api_key' => "cal_live_key_of_$id", 'team_id' => 70 + $id, 'webhook_secret' => "whsec_$id", 'organization_id' => null];
        });
        $c = Calbook::forCompany(7);
        $this->assertSame('tenant:7', $c->name());
        $this->assertSame(77, $c->teamId());
        $this->assertSame('http://127.0.0.1:9/v2', $c->baseUrl(), 'tenants.base_url applies');
        $this->assertSame('whsec_7', $c->tenant()->webhookSecret());
        $this->assertSame($c, Calbook::forCompany(7));
        $this->assertSame(1, $calls);

        // A new process (or forgotten connections) reads Laravel's cache, not the resolver.
        Calbook::forgetConnections();
        $again = Calbook::forCompany(7);
        $this->assertNotSame($c, $again);
        $this->assertSame(1, $calls);

        // The cache holds the resolved tenant encrypted: no key or secret in clear.
        $raw = Cache::get('calbook:tenant:' . hash('sha256', '7'));
        $this->assertIsString($raw);
        $this->assertStringNotContainsString('cal_live_key_of_7', $raw);
        $this->assertStringNotContainsString('whsec_7', $raw);

        Calbook::forgetTenant(7);
        Calbook::forCompany(7);
        $this->assertSame(2, $calls);
    }

    public function test_a_resolved_tenant_is_re_resolved_after_its_ttl_and_rebuilt_when_it_changed(): void
    {
        config(['calbook.tenants.cache_ttl' => 1]);
        $key = 'cal_live_first';
        Calbook::resolveTenantsUsing(function ($id) use (&$key) {
            return ['api_key' => $key, 'team_id' => 5];
        });
        $first = Calbook::forCompany(5);
        $first->client();
        $key = 'cal_live_second';
        $this->assertSame($first, Calbook::forCompany(5), 'within the ttl');
        sleep(2);
        $second = Calbook::forCompany(5);
        $this->assertNotSame($first, $second, 'the key changed: a new connection and client');
    }

    public function test_resolver_answers_are_checked(): void
    {
        Calbook::resolveTenantsUsing(fn ($id) => ['team_id' => 1]);
        try {
            Calbook::forCompany(1);
            $this->fail('no exception');
        } catch (ConfigurationException $e) {
            $this->assertSame('calbook: the tenant resolver returned no api_key for company 1', $e->getMessage());
        }
        Calbook::resolveTenantsUsing(fn ($id) => ['api_key' => 'k', 'teamId' => 1]);
        try {
            Calbook::forCompany(1);
            $this->fail('no exception');
        } catch (ConfigurationException $e) {
            $this->assertSame('calbook: the tenant resolver returned unknown keys: teamId', $e->getMessage());
        }
        Calbook::resolveTenantsUsing(fn ($id) => 'k');
        $this->expectException(ConfigurationException::class);
        Calbook::forCompany(1);
    }

    public function test_reverse_lookup_of_teams_and_organisations(): void
    {
        $this->assertSame(42, Calbook::tenantForTeam(4242)->companyId);
        $this->assertSame(42, Calbook::tenantForOrganization(900)->companyId);
        // A plain connection with a team: its tenant is named after the connection.
        $this->assertSame('default', Calbook::tenantForTeam(42)->companyId);
        $this->assertNull(Calbook::tenantForTeam(1234));
        $this->assertNull(Calbook::tenantForOrganization(1));

        Calbook::resolveTenantsUsing(fn ($id) => match ((int) $id) {
            5 => ['api_key' => 'k5', 'team_id' => 555, 'webhook_secret' => 's5'],
            6 => ['api_key' => 'k6', 'team_id' => 666],
            default => null,
        });
        Calbook::resolveTeamsUsing(fn (?int $team, ?int $org) => match (true) {
            $team === 555 => 5,
            $team === 777 => 6,        // a wrong answer: company 6 has team 666
            $team === 888 => 99,       // a company the tenant resolver does not know
            default => null,
        });
        $this->assertSame(5, Calbook::tenantForTeam(555)->companyId);
        $this->assertNull(Calbook::tenantForTeam(777), 'the resolver may not attribute a team to another company');
        $this->assertNull(Calbook::tenantForTeam(999));
        $this->expectException(UnknownTenantException::class);
        Calbook::tenantForTeam(888);
    }

    public function test_secrets_stay_out_of_dumps(): void
    {
        $c = Calbook::forCompany(42);
        $c->client();
        $dump = print_r($c, true) . print_r($c->tenant(), true) . var_export($c->tenant()->__debugInfo(), true);
        ob_start();
        var_dump($c, $c->tenant(), $c->client());
        $dump .= ob_get_clean();
        $this->assertStringNotContainsString('cal_live_salon42_secret', $dump);
        $this->assertStringNotContainsString('whsec_salon42', $dump);
        $this->assertStringContainsString("'***'", var_export($c->tenant()->__debugInfo(), true));
        $this->expectException(\LogicException::class);
        serialize($c->tenant());
    }

    public function test_a_forked_child_builds_its_own_connection(): void
    {
        $parent = Calbook::connection();
        $parentClient = $parent->client();
        $file = tempnam(sys_get_temp_dir(), 'calbook-fork');
        $pid = pcntl_fork();
        if ($pid === 0) {
            $child = Calbook::connection();
            file_put_contents($file, json_encode([
                'same_connection' => $child === $parent,
                'same_client' => $child->client() === $parentClient,
            ]));
            posix_kill(getmypid(), SIGKILL);   // leave without running the parent's shutdown code
        }
        pcntl_waitpid($pid, $status);
        $seen = json_decode((string) file_get_contents($file), true);
        unlink($file);
        $this->assertSame(['same_connection' => false, 'same_client' => false], $seen);
        $this->assertSame($parent, Calbook::connection(), 'the parent keeps its own');
    }

    public function test_the_facade_forwards_calls_to_the_default_connection(): void
    {
        Calbook::fake();
        Calbook::getBooking('abc');
        Calbook::assertSent(fn ($r) => $r->connection === 'default' && $r->path === '/bookings/abc');
        $this->assertInstanceOf(Connection::class, Calbook::connection());
        $this->assertInstanceOf(Tenant::class, Calbook::connection()->tenant());
    }
}
