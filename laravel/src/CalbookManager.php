<?php

namespace Calbook\Laravel;

use Calbook\Laravel\Contracts\Factory;
use Calbook\Laravel\Exceptions\ConfigurationException;
use Calbook\Laravel\Exceptions\NotFakedException;
use Calbook\Laravel\Exceptions\UnknownConnectionException;
use Calbook\Laravel\Exceptions\UnknownTenantException;
use Calbook\Laravel\Testing\CalbookFake;
use Calbook\Laravel\Testing\ResponseSequence;
use Calbook\Response;
use Illuminate\Contracts\Container\Container;

/**
 * The 'calbook' singleton (facade Calbook): named connections from config('calbook.connections'),
 * one per company for many tenants, and the test fake.
 *
 * Connections (each with its Calbook\Client) are kept for the life of the worker process, across
 * requests (Octane) and jobs (queue workers); the process id is checked on every lookup, and a
 * forked child drops what it inherited and builds its own. forgetConnections() drops them by hand.
 *
 * @mixin Connection
 */
class CalbookManager implements Factory
{
    /** @var array<string, Connection> */
    protected array $connections = [];
    /** @var array<string, array{0: string, 1: float}> tenant connection name => [fingerprint, expires at] */
    protected array $tenantExpiry = [];
    protected int $pid;
    protected ?\Closure $tenantResolver = null;
    protected ?\Closure $teamResolver = null;
    protected ?CalbookFake $fake = null;
    /** @var array{0: ?\Calbook\RateLimiter}|null the limiter of calbook.rate_limiter, once built */
    protected ?array $rateLimiter = null;

    public function __construct(protected Container $app)
    {
        $this->pid = getmypid();
    }

    /** The named connection (default: config('calbook.default')). */
    public function connection(?string $name = null): Connection
    {
        $this->checkPid();
        $name ??= $this->defaultConnection();
        if (!isset($this->connections[$name])) {
            $config = $this->config("connections.$name");
            if (!is_array($config)) {
                throw new UnknownConnectionException("calbook: connection '{$name}' is not configured in config/calbook.php");
            }
            $this->connections[$name] = $this->makeConnection($name, $config, $this->tenantOfConnection($name, $config));
        }
        return $this->connections[$name];
    }

    public function defaultConnection(): string
    {
        $default = $this->config('default');
        if (!is_string($default) || $default === '') {
            throw new ConfigurationException('calbook: config calbook.default names no connection');
        }
        return $default;
    }

    /** @return list<string> the configured connection names */
    public function connectionNames(): array
    {
        return array_map('strval', array_keys((array) $this->config('connections', [])));
    }

    /**
     * The connection of a company: config('calbook.tenants.companies') (company id => connection
     * name) first, then the resolver of resolveTenantsUsing(). Unknown: UnknownTenantException.
     */
    public function forCompany(int|string $companyId): Connection
    {
        $this->checkPid();
        $companies = (array) $this->config('tenants.companies', []);
        if (array_key_exists($companyId, $companies)) {
            $name = (string) $companies[$companyId];
            $config = $this->config("connections.$name");
            if (!is_array($config)) {
                throw new UnknownConnectionException("calbook: company {$companyId} maps to connection '{$name}', which is not configured");
            }
            // The named connection itself when it stands for this company (one client per
            // connection), else its own connection object (several companies share an account).
            $named = $this->connection($name);
            if ((string) $named->tenant()?->companyId === (string) $companyId) {
                return $named;
            }
            $key = "company:$companyId";
            if (!isset($this->connections[$key])) {
                $this->connections[$key] = $this->makeConnection($name, $config, $this->tenantFromConfig($companyId, $name, $config));
            }
            return $this->connections[$key];
        }
        if ($this->tenantResolver === null) {
            throw new UnknownTenantException($companyId, 'not in calbook.tenants.companies and no resolver registered');
        }
        $name = "tenant:$companyId";
        $now = microtime(true);
        if (isset($this->connections[$name]) && $this->tenantExpiry[$name][1] > $now) {
            return $this->connections[$name];
        }
        $resolved = $this->resolveTenant($companyId);
        $fingerprint = hash('sha256', serialize($resolved));
        $ttl = max(1, (int) $this->config('tenants.cache_ttl', 300));
        if (isset($this->connections[$name]) && $this->tenantExpiry[$name][0] === $fingerprint) {
            $this->tenantExpiry[$name][1] = $now + $ttl;
            return $this->connections[$name];
        }
        $config = [
            'api_key' => $resolved['api_key'],
            'base_url' => $resolved['base_url'] ?? $this->config('tenants.base_url'),
            'team_id' => $resolved['team_id'] ?? null,
            'options' => array_replace((array) $this->config('tenants.options', []), (array) ($resolved['options'] ?? [])),
        ];
        $tenant = new Tenant($companyId, $name, self::int($resolved['team_id'] ?? null), self::int($resolved['organization_id'] ?? null), $resolved['webhook_secret'] ?? null);
        $this->connections[$name] = $this->makeConnection($name, $config, $tenant);
        $this->tenantExpiry[$name] = [$fingerprint, $now + $ttl];
        return $this->connections[$name];
    }

    /** The Tenant of a company (its connection, team, organisation, webhook secret). */
    public function tenant(int|string $companyId): Tenant
    {
        return $this->forCompany($companyId)->tenant();
    }

    /**
     * The tenant whose team id this is (for webhooks): configured companies and connections
     * first, then the resolver of resolveTeamsUsing(). Null when nobody owns the team.
     */
    public function tenantForTeam(int $teamId): ?Tenant
    {
        return $this->reverseLookup('team_id', $teamId, fn () => $this->teamResolver ? ($this->teamResolver)($teamId, null) : null);
    }

    public function tenantForOrganization(int $organizationId): ?Tenant
    {
        return $this->reverseLookup('organization_id', $organizationId, fn () => $this->teamResolver ? ($this->teamResolver)(null, $organizationId) : null);
    }

    /**
     * Registers fn (int|string $companyId): ?array returning
     * ['api_key' => ..., 'team_id' => ?int, 'webhook_secret' => ?string, 'organization_id' => ?int,
     *  'base_url' => ?string, 'options' => ?array], or null for an unknown company. Results are
     * cached (encrypted) in Laravel's cache for config('calbook.tenants.cache_ttl') seconds.
     */
    public function resolveTenantsUsing(callable $resolver): static
    {
        $this->tenantResolver = \Closure::fromCallable($resolver);
        $this->forgetTenants();
        return $this;
    }

    /** Registers fn (?int $teamId, ?int $organizationId): int|string|null returning the company id. */
    public function resolveTeamsUsing(callable $resolver): static
    {
        $this->teamResolver = \Closure::fromCallable($resolver);
        return $this;
    }

    /** Drops a company's cached tenant (after its key or secret changed). */
    public function forgetTenant(int|string $companyId): void
    {
        unset($this->connections["tenant:$companyId"], $this->tenantExpiry["tenant:$companyId"], $this->connections["company:$companyId"]);
        $this->cache()->forget($this->cacheKey($companyId));
    }

    /** Drops every kept connection and client (the next call builds new ones), and the rate limiter. */
    public function forgetConnections(): void
    {
        $this->connections = [];
        $this->tenantExpiry = [];
        $this->rateLimiter = null;
    }

    /**
     * The shared request budget of config('calbook.rate_limiter') that every client of this
     * process gets as its 'rate_limiter' option (null: none). Built once per process.
     */
    public function rateLimiter(): ?\Calbook\RateLimiter
    {
        $this->checkPid();
        return ($this->rateLimiter ??= [(new RateLimit\LaravelLimiterFactory($this->app))->make()])[0];
    }

    /** Drops one named connection. */
    public function purge(?string $name = null): void
    {
        unset($this->connections[$name ?? $this->defaultConnection()]);
    }

    /** @return array<string, Connection> the connections built in this process */
    public function getConnections(): array
    {
        $this->checkPid();
        return $this->connections;
    }

    // ---- test fake -------------------------------------------------------------------------

    /** Answers every call from $responses instead of Cal.com and records it (see CalbookFake). */
    public function fake(array $responses = []): CalbookFake
    {
        if ($this->fake === null) {
            $this->fake = new CalbookFake($responses);
        } else {
            $this->fake->stub($responses);
        }
        return $this->fake;
    }

    public function isFaking(): bool
    {
        return $this->fake !== null;
    }

    /** Back to real calls (the recorded requests are dropped). */
    public function unfake(): void
    {
        $this->fake = null;
    }

    public static function response(array|string $body = [], int $status = 200, array $headers = []): Response
    {
        return CalbookFake::response($body, $status, $headers);
    }

    public static function data(mixed $data, int $status = 200, array $headers = []): Response
    {
        return CalbookFake::data($data, $status, $headers);
    }

    public static function sequence(array $responses = []): ResponseSequence
    {
        return new ResponseSequence($responses);
    }

    public function recorded(callable|string|null $filter = null): array
    {
        return $this->requireFake()->recorded($filter);
    }

    public function assertSent(callable|string $filter): void
    {
        $this->requireFake()->assertSent($filter);
    }

    public function assertNotSent(callable|string $filter): void
    {
        $this->requireFake()->assertNotSent($filter);
    }

    public function assertNothingSent(): void
    {
        $this->requireFake()->assertNothingSent();
    }

    public function assertSentCount(int $count, callable|string|null $filter = null): void
    {
        $this->requireFake()->assertSentCount($count, $filter);
    }

    public function assertSentInOrder(array $filters): void
    {
        $this->requireFake()->assertSentInOrder($filters);
    }

    /** Calls on the manager go to the default connection: Calbook::getBooking($uid). */
    public function __call(string $method, array $args): mixed
    {
        return $this->connection()->{$method}(...$args);
    }

    // ---- internals -------------------------------------------------------------------------

    protected function makeConnection(string $name, array $config, ?Tenant $tenant): Connection
    {
        // Resolved at each call, so Event::fake() applies to connections built before it.
        $events = fn () => ($this->config('events', true) && $this->app->bound('events')) ? $this->app->make('events') : null;
        return new Connection($name, $config, $events, fn () => $this->fake, $tenant, $this->logChannel(), fn () => $this->rateLimiter());
    }

    protected function logChannel(): ?\Psr\Log\LoggerInterface
    {
        $channel = $this->config('log_channel');
        if (!is_string($channel) || $channel === '') {
            return null;
        }
        return $this->app->make('log')->channel($channel);
    }

    protected function checkPid(): void
    {
        $pid = getmypid();
        if ($pid !== $this->pid) {
            // A forked child: never use the parent's clients (their sockets are the parent's),
            // nor its rate limiter's Redis connection.
            $this->connections = [];
            $this->tenantExpiry = [];
            $this->rateLimiter = null;
            $this->pid = $pid;
        }
    }

    protected function resolveTenant(int|string $companyId): array
    {
        $cache = $this->cache();
        $key = $this->cacheKey($companyId);
        $encrypter = $this->app->bound('encrypter') && $this->config('app.key', null, true) ? $this->app->make('encrypter') : null;
        $stored = $cache->get($key);
        if (is_string($stored) && $encrypter !== null) {
            try {
                $value = $encrypter->decrypt($stored);
                if (is_array($value)) {
                    return $value;
                }
            } catch (\Throwable) {
                // Unreadable (key rotated): resolve again.
            }
        }
        $resolved = ($this->tenantResolver)($companyId);
        if ($resolved === null || $resolved === false) {
            throw new UnknownTenantException($companyId, 'the tenant resolver does not know it');
        }
        if (!is_array($resolved)) {
            throw new ConfigurationException("calbook: the tenant resolver must return an array or null for company {$companyId}, " . get_debug_type($resolved) . ' given');
        }
        if (!is_string($resolved['api_key'] ?? null) || $resolved['api_key'] === '') {
            throw new ConfigurationException("calbook: the tenant resolver returned no api_key for company {$companyId}");
        }
        $allowed = ['api_key', 'team_id', 'organization_id', 'webhook_secret', 'base_url', 'options'];
        if ($unknown = array_diff(array_keys($resolved), $allowed)) {
            throw new ConfigurationException('calbook: the tenant resolver returned unknown keys: ' . implode(', ', $unknown));
        }
        if ($encrypter !== null) {
            $cache->put($key, $encrypter->encrypt($resolved), max(1, (int) $this->config('tenants.cache_ttl', 300)));
        }
        return $resolved;
    }

    protected function forgetTenants(): void
    {
        foreach (array_keys($this->connections) as $name) {
            if (str_starts_with($name, 'tenant:')) {
                unset($this->connections[$name], $this->tenantExpiry[$name]);
            }
        }
    }

    protected function cache(): \Illuminate\Contracts\Cache\Repository
    {
        $store = $this->config('tenants.cache_store');
        return $this->app->make('cache')->store(is_string($store) && $store !== '' ? $store : null);
    }

    protected function cacheKey(int|string $companyId): string
    {
        return 'calbook:tenant:' . hash('sha256', (string) $companyId);
    }

    protected function reverseLookup(string $field, int $id, \Closure $resolver): ?Tenant
    {
        foreach ((array) $this->config('tenants.companies', []) as $companyId => $name) {
            $config = $this->config("connections.$name");
            if (is_array($config) && self::int($config[$field] ?? null) === $id) {
                return $this->tenant($companyId);
            }
        }
        $companyId = $resolver();
        if ($companyId !== null && $companyId !== false && $companyId !== '') {
            $tenant = $this->tenant($companyId);
            $own = $field === 'team_id' ? $tenant->teamId : $tenant->organizationId;
            // The resolver's answer must agree with the tenant's own configuration.
            return $own === null || $own === $id ? $tenant : null;
        }
        foreach ((array) $this->config('connections', []) as $name => $config) {
            if (is_array($config) && self::int($config[$field] ?? null) === $id) {
                return $this->tenantOfConnection((string) $name, $config);
            }
        }
        return null;
    }

    protected function tenantOfConnection(string $name, array $config): ?Tenant
    {
        foreach ((array) $this->config('tenants.companies', []) as $companyId => $n) {
            if ((string) $n === $name) {
                return $this->tenantFromConfig($companyId, $name, $config);
            }
        }
        return new Tenant($name, $name, self::int($config['team_id'] ?? null), self::int($config['organization_id'] ?? null), $config['webhook_secret'] ?? null);
    }

    protected function tenantFromConfig(int|string $companyId, string $name, array $config): Tenant
    {
        return new Tenant($companyId, $name, self::int($config['team_id'] ?? null), self::int($config['organization_id'] ?? null), $config['webhook_secret'] ?? null);
    }

    protected function requireFake(): CalbookFake
    {
        if ($this->fake === null) {
            throw new NotFakedException('calbook: call Calbook::fake() before asserting on requests');
        }
        return $this->fake;
    }

    protected function config(string $key, mixed $default = null, bool $root = false): mixed
    {
        return $this->app->make('config')->get($root ? $key : "calbook.$key", $default);
    }

    private static function int(mixed $v): ?int
    {
        if (is_int($v)) {
            return $v;
        }
        if (is_string($v) && preg_match('/^[0-9]{1,18}$/', $v) === 1) {
            return (int) $v;
        }
        return null;
    }
}
