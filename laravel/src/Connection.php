<?php

namespace Calbook\Laravel;

use Calbook\Client;
use Calbook\Laravel\Contracts\Connection as ConnectionContract;
use Calbook\Laravel\Events\CalcomRequestFailed;
use Calbook\Laravel\Events\CalcomRequestSending;
use Calbook\Laravel\Events\CalcomResponseReceived;
use Calbook\Laravel\Events\CallInfo;
use Calbook\Laravel\Exceptions\ConfigurationException;
use Calbook\Laravel\Logging\AttemptLog;
use Calbook\Laravel\Testing\CalbookFake;
use Calbook\Response;
use Illuminate\Contracts\Events\Dispatcher;

/**
 * One named Cal.com connection: a Calbook\Client built on first use and kept for the life of the
 * worker process (the manager drops it after a fork), with events around every call and the
 * client's per-attempt log entries forwarded to the configured channel. Under Calbook::fake()
 * no client is built and calls are answered by the fake.
 */
class Connection implements ConnectionContract
{
    private ?Client $client = null;
    private readonly AttemptLog $log;
    private readonly ?int $teamId;
    /** @var array<string, Connection> the same connection with another request priority */
    private array $priorities = [];

    /**
     * @param array $config api_key, base_url, team_id, options (any other Client option)
     * @param \Closure(): ?Dispatcher $events the dispatcher at the time of the call (null: events off)
     * @param \Closure(): ?CalbookFake $fake
     * @param (\Closure(): ?\Calbook\RateLimiter)|null $rateLimiter the shared budget, asked when the client is built
     */
    public function __construct(
        private readonly string $name,
        #[\SensitiveParameter] private array $config,
        private readonly \Closure $events,
        private readonly \Closure $fake,
        private readonly ?Tenant $tenant = null,
        private readonly ?\Psr\Log\LoggerInterface $channel = null,
        private readonly ?\Closure $rateLimiter = null,
    ) {
        $this->teamId = self::intOrNull($config['team_id'] ?? null, 'team_id', $name);
        $this->log = new AttemptLog($channel);
    }

    public function name(): string
    {
        return $this->name;
    }

    public function tenant(): ?Tenant
    {
        return $this->tenant;
    }

    public function teamId(): ?int
    {
        return $this->teamId;
    }

    /** The API root this connection talks to. */
    public function baseUrl(): string
    {
        $url = $this->config['base_url'] ?? null;
        return is_string($url) && $url !== '' ? $url : 'https://api.cal.com/v2';
    }

    /** The connection's Calbook\Client, built on first use (calls on it directly fire no events). */
    public function client(): Client
    {
        if ($this->client === null) {
            $key = $this->config['api_key'] ?? null;
            if (!is_string($key) || $key === '') {
                throw new ConfigurationException("calbook: connection '{$this->name}' has no api_key");
            }
            $this->client = new Client($key, $this->clientOptions());
        }
        return $this->client;
    }

    /**
     * The options the Calbook\Client of this connection is built with (the key apart): the
     * configured ones, base_url, team_id, the package's logger, the manager's 'rate_limiter'
     * (calbook.rate_limiter) and the connection's 'priority' (see withPriority()).
     */
    public function clientOptions(): array
    {
        $options = (array) ($this->config['options'] ?? []);
        unset($options['logger']);
        if (isset($this->config['base_url']) && $this->config['base_url'] !== '') {
            $options['base_url'] = (string) $this->config['base_url'];
        }
        if ($this->teamId !== null) {
            $options['team_id'] = $this->teamId;
        }
        $options['logger'] = $this->log;
        $limiter = $this->rateLimiter !== null ? ($this->rateLimiter)() : null;
        if ($limiter !== null && !array_key_exists('rate_limiter', $options)) {
            $options['rate_limiter'] = $limiter;
        }
        return $options;
    }

    /**
     * This connection with every call made at $priority (Calbook\RateLimiter::LIVE or BATCH) in
     * the shared budget: its own client with the option 'priority', kept like this one. The
     * backfill uses withPriority('batch'), so it never spends the budget live calls need.
     */
    public function withPriority(string $priority): self
    {
        if ($priority !== \Calbook\RateLimiter::LIVE && $priority !== \Calbook\RateLimiter::BATCH) {
            throw new \InvalidArgumentException('calbook: priority must be "live" or "batch"');
        }
        if ($priority === $this->priority()) {
            return $this;
        }
        $config = $this->config;
        $config['options'] = ['priority' => $priority] + (array) ($config['options'] ?? []);
        return $this->priorities[$priority] ??= new self($this->name, $config, $this->events, $this->fake, $this->tenant,
            $this->channel, $this->rateLimiter);
    }

    /** The 'priority' option of this connection's client (null: the per-method default). */
    public function priority(): ?string
    {
        $p = $this->config['options']['priority'] ?? null;
        return is_string($p) ? $p : null;
    }

    /** Whether the client was built (false until the first real call). */
    public function hasClient(): bool
    {
        return $this->client !== null;
    }

    public function createBooking(array $booking): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getBooking(int|string $idOrUid): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getBookings(array $filters = []): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function cancelBooking(string $uid, ?string $reason = null): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function rescheduleBooking(string $uid, array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function reassignBooking(string $uid, ?int $userId = null, ?string $reason = null): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function confirmBooking(string $uid): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function declineBooking(string $uid, ?string $reason = null): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function markAbsent(string $uid, array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getAvailableSlots(array $query): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function reserveSlot(array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function releaseSlot(string $reservationUid): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getEventTypes(array $query = []): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getEventType(int $id): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function createEventType(array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function updateEventType(int $id, array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function deleteEventType(int $id): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getWebhooks(): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function createWebhook(array $data): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function deleteWebhook(int|string $id): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getTeamMembers(?int $teamId = null): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function getBookingsByUid(array $uids, int $concurrency = 8): array
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    public function request(string $method, string $path, array $options = []): Response
    {
        return $this->call(__FUNCTION__, func_get_args());
    }

    /** The client's counters (zeros under the fake or before the first call). */
    public function stats(): array
    {
        if (($this->fake)() !== null || $this->client === null) {
            return ['requests' => 0, 'retries' => 0, 'connections_opened' => 0, 'connections_reused' => 0,
                    'bytes_sent' => 0, 'bytes_received' => 0, 'logger_errors' => 0];
        }
        return $this->client->stats();
    }

    public function __debugInfo(): array
    {
        return [
            'name' => $this->name,
            'base_url' => $this->config['base_url'] ?? null,
            'team_id' => $this->teamId,
            'api_key' => '***',
            'tenant' => $this->tenant,
            'client_built' => $this->client !== null,
            'priority' => $this->priority(),
        ];
    }

    public function __serialize(): array
    {
        throw new \LogicException('Calbook\Laravel\Connection cannot be serialized; serialize its name() or the company id');
    }

    private function call(string $method, array $args): mixed
    {
        $d = CallMap::describe($method, $args, $this->teamId);
        $info = new CallInfo($this->name, $method, $d['verb'], $d['template'], $d['family']);
        $this->dispatch(new CalcomRequestSending($info));

        $fake = ($this->fake)();
        $t0 = hrtime(true);
        $attempts = 0;
        $retries = 0;
        try {
            if ($fake !== null) {
                $result = $fake->handle($this, $method, $args, $d);
                $attempts = $method === 'getBookingsByUid' ? count($result) : 1;
            } else {
                $client = $this->client();
                $this->log->begin();
                try {
                    $result = $client->{$method}(...$args);
                } finally {
                    $attempts = $this->log->attempts();
                    $retries = $this->log->retries();
                }
            }
        } catch (\Throwable $e) {
            $this->dispatch(new CalcomRequestFailed(
                $info,
                $e::class,
                (hrtime(true) - $t0) / 1e6,
                $attempts,
                $retries,
                $e instanceof \Calbook\TransportException ? $e->mayHaveReachedServer()
                    : !($e instanceof \Calbook\InvalidArgumentException || $e instanceof \TypeError
                        || $e instanceof \ValueError || $e instanceof ConfigurationException),
                $e instanceof \Calbook\TransportException ? $e->getCurlCode() : null,
            ));
            throw $e;
        }

        $ms = (hrtime(true) - $t0) / 1e6;
        if ($result instanceof Response) {
            $requestId = $result->header('x-request-id');
            $this->dispatch(new CalcomResponseReceived($info, $result->status(), $ms, $attempts, $retries, $requestId));
        } elseif (is_array($result)) {
            $statuses = [];
            foreach ($result as $r) {
                if ($r instanceof Response) {
                    $statuses[] = $r->status();
                }
            }
            $this->dispatch(new CalcomResponseReceived($info, $statuses ? min($statuses) : 0, $ms, $attempts, $retries, null, count($result)));
        }
        return $result;
    }

    private function dispatch(object $event): void
    {
        ($this->events)()?->dispatch($event);
    }

    private static function intOrNull(mixed $v, string $key, string $name): ?int
    {
        if ($v === null || $v === '') {
            return null;
        }
        if (is_int($v) && $v > 0) {
            return $v;
        }
        if (is_string($v) && preg_match('/^[1-9][0-9]{0,17}$/', $v) === 1) {
            return (int) $v;
        }
        throw new ConfigurationException("calbook: connection '{$name}': {$key} must be a positive integer");
    }
}
