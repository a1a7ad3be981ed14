<?php

declare(strict_types=1);

namespace Calbook\Laravel\HostMapping;

use Calbook\HostMapper;
use Calbook\Laravel\Models\CalcomHostMapping;
use Calbook\Laravel\Models\CalcomHostMappingAudit;
use Closure;
use Illuminate\Contracts\Cache\Repository as Cache;
use Illuminate\Database\ConnectionInterface;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Str;
use Psr\Log\LoggerInterface;
use Throwable;

/**
 * One Calbook\HostMapper per company, built from the staff query and the active mappings.
 *
 * The rows are kept in Laravel's cache (`calbook.host_mapping.cache`) under a version token; the
 * mapper built from them is kept in this process's memory with that token. `forget($companyId)`
 * (called by the mapping model's and the staff model's events) drops both the token and the rows,
 * so every process rebuilds on its next use: one small cache read per call decides.
 *
 * `assign()` runs HostMapper::assign() and, when the match is new (Cal.com user id, email or name
 * rather than a stored mapping), stores the mapping with its source, confidence and reason plus an
 * audit row, once (the unique key decides between concurrent workers).
 */
final class HostMappingService
{
    /** @var array<string, array{version: string, mapper: HostMapper, local: bool}> */
    private array $mappers = [];

    private ?Closure $staffCallback = null;

    /**
     * @param array<string, mixed> $config calbook.host_mapping
     */
    public function __construct(private array $config, private Cache $cache, private LoggerInterface $log)
    {
    }

    /**
     * Staff rows from a callback instead of `calbook.host_mapping.staff.model`:
     * `fn (int|string $companyId): iterable` of arrays or objects with id, first_name, last_name
     * (or name), email, company_id, is_active and optionally calcom_user_id and aliases.
     * Call forget() yourself when the data behind it changes.
     */
    public function resolveStaffUsing(?Closure $callback): void
    {
        $this->staffCallback = $callback;
        $this->mappers = [];
    }

    public function staffSource(): StaffSource
    {
        return new StaffSource((array) ($this->config['staff'] ?? []), $this->staffCallback, $this->integerKeys());
    }

    /**
     * The company's mapper. With `$remember = false` nothing is written to the cache (a dry run):
     * cached rows are still read when they are current.
     */
    public function mapper(int|string $companyId, bool $remember = true): HostMapper
    {
        $company = $this->companyKey($companyId);
        $version = $this->cache->get($this->versionKey($company));
        $version = is_string($version) ? $version : null;
        $memo = $this->mappers[$company] ?? null;
        // A mapper built without writing the cache (dry run) has no token to compare: it serves
        // this process until the cache has a current token again or forget() is called.
        if ($memo !== null && ($memo['version'] === $version || ($version === null && $memo['local']))) {
            return $memo['mapper'];
        }
        $data = $version !== null ? $this->cache->get($this->dataKey($company)) : null;
        $local = false;
        if (!is_array($data) || ($data['version'] ?? null) !== $version) {
            $local = !$remember;
            $data = ['version' => $version ?? Str::random(20),
                'staff' => $this->staffSource()->rows($companyId), 'mappings' => $this->mappingRows($companyId)];
            if ($remember) {
                $ttl = (int) ($this->config['cache']['ttl'] ?? 3600);
                // rows first, then the token that makes them current
                $this->cache->put($this->dataKey($company), $data, $ttl);
                $this->cache->put($this->versionKey($company), $data['version'], $ttl);
            }
        }
        $options = (array) ($this->config['options'] ?? []);
        $mapper = new HostMapper($data['staff'], $data['mappings'], ['company_id' => $companyId] + $options);
        $this->mappers[$company] = ['version' => (string) $data['version'], 'mapper' => $mapper, 'local' => $local];
        return $mapper;
    }

    /** Drops the company's mapper here and in every process (through the cache). */
    public function forget(int|string $companyId): void
    {
        $company = $this->companyKey($companyId);
        unset($this->mappers[$company]);
        $this->cache->forget($this->versionKey($company));
        $this->cache->forget($this->dataKey($company));
    }

    /** forget() now and again once the surrounding transaction commits (a rebuild in between would read old rows). */
    public function forgetAfterCommit(int|string $companyId, ?ConnectionInterface $connection = null): void
    {
        $this->forget($companyId);
        $connection ??= DB::connection($this->config['database_connection'] ?? null);
        if ($connection->transactionLevel() > 0) {
            $connection->afterCommit(fn () => $this->forget($companyId));
        }
    }

    /** Drops every mapper this process holds (Octane, long-running workers); the cache is left alone. */
    public function flushMemory(): void
    {
        $this->mappers = [];
    }

    /**
     * Who did Cal.com assign? `$booking` is a booking (any shape Cal.com returns) or a webhook
     * payload. With `$persist`, a new match is stored as a mapping plus an audit row.
     */
    public function assign(array $booking, int|string $companyId, int|string|null $preferredStaffId = null,
        string $context = 'app', bool $persist = true, ?string $bookingUid = null): Assignment
    {
        try {
            $mapper = $this->mapper($companyId, $persist);
            $result = $mapper->assign($booking, $preferredStaffId, ['company_id' => $companyId]);
        } catch (Throwable $e) {
            // The booking exists whatever happens here: the caller stores it unassigned.
            $this->log->warning('calbook: staff assignment failed', ['context' => $context, 'company_id' => $companyId,
                'error' => $e::class . ': ' . $e->getMessage()]);
            return new Assignment(null, self::hostId($booking), $preferredStaffId, false, null, 0,
                'assignment failed: ' . $e::class . ': ' . $e->getMessage(), null, null, false);
        }

        $match = is_array($result['match'] ?? null) ? $result['match'] : null;
        $staffId = $result['staff_id'] ?? null;
        $hostId = self::intOrNull($result['calcom_host_id'] ?? null);
        if ($staffId === null) {
            $reason = $this->whyNot($mapper, $booking, $companyId);
            $this->log->warning('calbook: booking host not resolved to staff', ['context' => $context,
                'company_id' => $companyId, 'calcom_host_id' => $hostId, 'reason' => $reason]);
            return new Assignment(null, $hostId, $preferredStaffId, false, null, 0, $reason,
                self::host($booking), null, false);
        }
        $created = false;
        if ($persist && $match !== null && !empty($match['new_mapping']) && $hostId !== null) {
            $created = $this->persist($companyId, $hostId, $staffId, $match, $context, $bookingUid);
        }
        return new Assignment($staffId, $hostId, $preferredStaffId, (bool) ($result['preference_met'] ?? false),
            is_string($match['source'] ?? null) ? $match['source'] : null, (int) ($match['confidence'] ?? 0),
            (string) ($match['reason'] ?? ''), is_array($match['host'] ?? null) ? $match['host'] : null, $match, $created);
    }

    /**
     * A mapping set by a person: creates it, or points an existing one at another staff member
     * (and reactivates it), with an audit row saying what changed and why.
     */
    public function map(int|string $companyId, int $calcomHostId, int|string $staffId, ?string $reason = null,
        string $context = 'manual'): CalcomHostMapping
    {
        return $this->db()->transaction(function () use ($companyId, $calcomHostId, $staffId, $reason, $context) {
            $mapping = CalcomHostMapping::query()->where('company_id', $companyId)
                ->where('calcom_host_id', $calcomHostId)->lockForUpdate()->first();
            $old = $mapping === null ? null : self::auditValues($mapping);
            $mapping ??= new CalcomHostMapping(['company_id' => $companyId, 'calcom_host_id' => $calcomHostId]);
            $mapping->fill(['staff_id' => $staffId, 'mapping_source' => 'manual', 'confidence_score' => 100,
                'reason' => self::cut($reason), 'is_active' => true]);
            if ($old !== null && !$mapping->isDirty(['staff_id', 'mapping_source', 'is_active'])) {
                return $mapping->refresh(); // nothing changed: no write, no audit
            }
            $mapping->save();
            $this->audit($mapping, $old === null ? 'manual' : 'reassigned', $old, $reason, $context, null);
            return $mapping;
        });
    }

    /** Stops using a mapping (the staff member left, the match was wrong), with an audit row. */
    public function deactivate(int|string $companyId, int $calcomHostId, ?string $reason = null, string $context = 'manual'): bool
    {
        return $this->db()->transaction(function () use ($companyId, $calcomHostId, $reason, $context) {
            $mapping = CalcomHostMapping::query()->where('company_id', $companyId)
                ->where('calcom_host_id', $calcomHostId)->lockForUpdate()->first();
            if ($mapping === null || !$mapping->is_active) {
                return false;
            }
            $old = self::auditValues($mapping);
            $mapping->is_active = false;
            $mapping->save();
            $this->audit($mapping, 'deactivated', $old, $reason, $context, null);
            return true;
        });
    }

    /** @param array<string, mixed> $match */
    private function persist(int|string $companyId, int $hostId, int|string $staffId, array $match, string $context,
        ?string $bookingUid): bool
    {
        $host = is_array($match['host'] ?? null) ? $match['host'] : [];
        $str = static fn (mixed $v, int $max = 255): ?string => is_string($v) && $v !== '' ? mb_substr($v, 0, $max) : null;
        $created = $this->db()->transaction(function () use ($companyId, $hostId, $staffId, $match, $host, $str, $context, $bookingUid) {
            // An existing row (inactive, or written by a concurrent worker) is left as it is: a person decides.
            $mapping = CalcomHostMapping::query()->createOrFirst(
                ['company_id' => $companyId, 'calcom_host_id' => $hostId],
                [
                    'staff_id' => $staffId,
                    'mapping_source' => 'auto_' . (is_string($match['source'] ?? null) ? $match['source'] : 'unknown'),
                    'confidence_score' => max(0, min(100, (int) ($match['confidence'] ?? 0))),
                    'reason' => self::cut($match['reason'] ?? null),
                    'calcom_name' => $str($host['name'] ?? null),
                    'calcom_email' => $str($host['email'] ?? null),
                    'calcom_username' => $str($host['username'] ?? null),
                    'calcom_timezone' => $str($host['timeZone'] ?? null, 64),
                    'is_active' => true,
                ],
            );
            if (!$mapping->wasRecentlyCreated) {
                return false;
            }
            $this->audit($mapping, 'created', null, $match['reason'] ?? null, $context, $bookingUid);
            return true;
        });
        if ($created) {
            $this->log->info('calbook: host mapping created', ['company_id' => $companyId, 'calcom_host_id' => $hostId,
                'staff_id' => $staffId, 'source' => $match['source'] ?? null, 'confidence' => $match['confidence'] ?? null,
                'context' => $context]);
        }
        return $created;
    }

    /** @param array<string, mixed>|null $old */
    private function audit(CalcomHostMapping $mapping, string $action, ?array $old, mixed $reason, string $context,
        ?string $bookingUid): void
    {
        CalcomHostMappingAudit::query()->create([
            'mapping_id' => $mapping->id,
            'company_id' => $mapping->company_id,
            'action' => $action,
            'old_values' => $old,
            'new_values' => self::auditValues($mapping),
            'reason' => self::cut($reason),
            'context' => mb_substr($context, 0, 32),
            'booking_uid' => $bookingUid !== null ? mb_substr($bookingUid, 0, 128) : null,
        ]);
    }

    /** @return array<string, mixed> */
    private static function auditValues(CalcomHostMapping $m): array
    {
        return ['calcom_host_id' => (int) $m->calcom_host_id, 'staff_id' => $m->staff_id,
            'mapping_source' => $m->mapping_source, 'confidence_score' => (int) $m->confidence_score,
            'is_active' => (bool) $m->is_active];
    }

    /** HostMapper's explain mode: why no staff member was chosen. */
    private function whyNot(HostMapper $mapper, array $booking, int|string $companyId): string
    {
        try {
            $explained = $mapper->resolve($booking, ['company_id' => $companyId, 'explain' => true]);
        } catch (Throwable $e) {
            return 'no host in the booking (' . $e::class . ')';
        }
        return is_string($explained['reason'] ?? null) ? $explained['reason'] : 'no host in the booking';
    }

    /** @return list<array{calcom_host_id: int, staff_id: int|string, company_id: int|string}> */
    private function mappingRows(int|string $companyId): array
    {
        $rows = CalcomHostMapping::query()->where('company_id', $companyId)->where('is_active', true)
            ->toBase()->get(['calcom_host_id', 'staff_id', 'company_id']);
        $out = [];
        foreach ($rows as $row) {
            $staff = $row->staff_id;
            $out[] = ['calcom_host_id' => (int) $row->calcom_host_id,
                'staff_id' => $this->integerKeys() && is_string($staff) && ctype_digit($staff) ? (int) $staff : $staff,
                'company_id' => $companyId];
        }
        return $out;
    }

    private function db(): ConnectionInterface
    {
        return DB::connection($this->config['database_connection'] ?? null);
    }

    private function integerKeys(): bool
    {
        return ($this->config['key_type'] ?? 'integer') !== 'string';
    }

    private function companyKey(int|string $companyId): string
    {
        return rawurlencode((string) $companyId);
    }

    private function versionKey(string $company): string
    {
        return ($this->config['cache']['prefix'] ?? 'calbook:host_mapping:') . $company . ':version';
    }

    private function dataKey(string $company): string
    {
        return ($this->config['cache']['prefix'] ?? 'calbook:host_mapping:') . $company . ':rows';
    }

    private static function cut(mixed $reason): ?string
    {
        return is_string($reason) && $reason !== '' ? mb_substr($reason, 0, 500) : null;
    }

    /** @return array<string, mixed>|null */
    private static function host(array $booking): ?array
    {
        try {
            return HostMapper::extractHost($booking);
        } catch (Throwable) {
            return null;
        }
    }

    private static function hostId(array $booking): ?int
    {
        return self::intOrNull(self::host($booking)['id'] ?? null);
    }

    private static function intOrNull(mixed $v): ?int
    {
        if (is_int($v)) {
            return $v;
        }
        return is_string($v) && ctype_digit($v) ? (int) $v : null;
    }
}
