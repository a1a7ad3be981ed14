<?php

declare(strict_types=1);

namespace Calbook\Laravel\Backfill;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\RateLimitException;
use Calbook\RateLimiter;
use Calbook\Response;
use Closure;
use Illuminate\Database\Eloquent\Model;
use Psr\Log\LoggerInterface;
use Throwable;

/**
 * Assigns staff to rows stored without one: the bookings are fetched in parallel per company
 * (Connection::getBookingsByUid on the company's own connection, at BATCH priority in the
 * shared rate-limit budget), each host resolved with the
 * company's HostMapper, new mappings stored with their audit rows, and the row's staff column
 * set only while it is still empty (a row filled meanwhile is left alone, so a retried or
 * repeated run changes nothing twice). A dry run writes nothing at all: no row, no mapping, no
 * audit, no cache entry.
 *
 * Used by `calbook:backfill` (in the command's process) and by BackfillChunk (in queue workers).
 */
final class Backfiller
{
    public function __construct(
        private Source $source,
        private CalbookManager $calbook,
        private HostMappingService $mappings,
        private LoggerInterface $log,
    ) {
    }

    public function source(): Source
    {
        return $this->source;
    }

    /**
     * @param iterable<Model> $rows       rows of the source model (pending() results)
     * @param int             $waitRounds how often rate-limited fetches are waited out and repeated;
     *                                    0 leaves them RATE_LIMITED with Report::$retryAfter set
     * @param (Closure(RowResult): void)|null $onRow called after each row (progress bar)
     */
    public function run(iterable $rows, bool $dryRun, int $concurrency = 8, int $waitRounds = 5, int $maxWait = 120,
        ?Closure $onRow = null): Report
    {
        $report = new Report();
        $byCompany = [];
        foreach ($rows as $row) {
            $byCompany[(string) $row->getAttribute($this->source->company)][] = $row;
        }
        foreach ($byCompany as $companyRows) {
            $company = $companyRows[0]->getAttribute($this->source->company);
            $this->company($company, $companyRows, $dryRun, $concurrency, $waitRounds, $maxWait, $report, $onRow);
        }
        return $report;
    }

    /** @param list<Model> $rows */
    private function company(int|string $company, array $rows, bool $dryRun, int $concurrency, int $waitRounds, int $maxWait,
        Report $report, ?Closure $onRow): void
    {
        $emit = static function (RowResult $r) use ($report, $onRow): void {
            $report->add($r);
            if ($onRow !== null) {
                $onRow($r);
            }
        };
        $byUid = [];
        foreach ($rows as $row) {
            $uid = (string) $row->getAttribute($this->source->uid);
            if (preg_match('/^[A-Za-z0-9_-]{1,128}$/D', $uid) !== 1) {
                // The client refuses such a uid for the whole batch: fail this row alone.
                $emit(new RowResult($row->getKey(), (string) preg_replace('/[^\x21-\x7E]/', '?', substr($uid, 0, 64)), RowResult::FAILED,
                    detail: 'not a Cal.com booking uid'));
                continue;
            }
            $byUid[$uid][] = $row;
        }
        if ($byUid === []) {
            return;
        }
        try {
            // Batch priority: the backfill never spends the budget that live calls need.
            $connection = $this->calbook->forCompany($company)->withPriority(RateLimiter::BATCH);
            $results = $this->fetch($connection, array_map('strval', array_keys($byUid)), $concurrency, $waitRounds, $maxWait, $report);
        } catch (Throwable $e) {
            // An unknown tenant, or a uid Cal.com would refuse: this company's rows fail, the rest goes on.
            $this->log->error('calbook backfill: fetch refused', ['company_id' => $company, 'error' => $e::class . ': ' . $e->getMessage()]);
            foreach ($byUid as $uid => $uidRows) {
                foreach ($uidRows as $row) {
                    $emit(new RowResult($row->getKey(), (string) $uid, RowResult::FAILED, detail: $e::class . ': ' . $e->getMessage()));
                }
            }
            return;
        }
        foreach ($byUid as $uid => $uidRows) {
            $result = $results[(string) $uid] ?? null;
            foreach ($uidRows as $row) {
                $emit($this->row($row, (string) $uid, $company, $result, $dryRun));
            }
        }
    }

    private function row(Model $row, string $uid, int|string $company, mixed $result, bool $dryRun): RowResult
    {
        $key = $row->getKey();
        if (($result instanceof Response && $result->status() === 429) || $result instanceof RateLimitException) {
            return new RowResult($key, $uid, RowResult::RATE_LIMITED);
        }
        if (!$result instanceof Response || !$result->successful() || !is_array($result->data())) {
            $why = match (true) {
                $result instanceof Response => 'HTTP ' . $result->status(),
                $result instanceof Throwable => $result::class . ': ' . $result->getMessage(),
                default => 'no result',
            };
            return new RowResult($key, $uid, RowResult::API_ERROR, detail: $why);
        }
        try {
            $preferred = $this->source->preferredStaff !== null ? $row->getAttribute($this->source->preferredStaff) : null;
            $assignment = $this->mappings->assign($result->data(), $company, is_int($preferred) || is_string($preferred) ? $preferred : null,
                'backfill', !$dryRun, $uid);
            if (!$assignment->resolved()) {
                return new RowResult($key, $uid, RowResult::NO_MATCH, detail: $assignment->reason);
            }
            $host = $assignment->host;
            $who = is_string($host['name'] ?? null) ? '= ' . $host['name'] . ' at Cal.com' : '';
            if ($dryRun) {
                return new RowResult($key, $uid, RowResult::WOULD_ASSIGN, $assignment->staffId, $assignment->source,
                    $assignment->confidence, $who);
            }
            $updated = $row->newQuery()->whereKey($key)->whereNull($this->source->staff)->update(
                $this->source->updateFor($assignment->staffId, $assignment->calcomHostId, $assignment->mappingSource(), $assignment->confidence));
            return $updated === 1
                ? new RowResult($key, $uid, RowResult::ASSIGNED, $assignment->staffId, $assignment->source, $assignment->confidence, $who)
                : new RowResult($key, $uid, RowResult::ALREADY_SET);
        } catch (Throwable $e) {
            $this->log->error('calbook backfill: update failed', ['row' => $key, 'error' => $e::class . ': ' . $e->getMessage()]);
            return new RowResult($key, $uid, RowResult::FAILED, detail: $e::class . ': ' . $e->getMessage());
        }
    }

    /**
     * getBookingsByUid, with rate-limited answers waited out and fetched again up to $waitRounds
     * times: a 429, or a RateLimitException of the shared budget, is a failure of the moment, not
     * of the booking.
     *
     * @param list<string> $uids
     * @return array<string, mixed> uid => Response|Throwable
     */
    private function fetch(object $connection, array $uids, int $concurrency, int $waitRounds, int $maxWait, Report $report): array
    {
        $results = [];
        $pending = $uids;
        for ($round = 0; $pending !== []; $round++) {
            $batch = $connection->getBookingsByUid($pending, $concurrency);
            $pending = [];
            $wait = 0;
            foreach ($batch as $uid => $result) {
                $uid = (string) $uid;
                $results[$uid] = $result;
                if ($result instanceof Response && $result->status() === 429) {
                    $pending[] = $uid;
                    $wait = max($wait, self::resetSeconds($result));
                } elseif ($result instanceof RateLimitException) {
                    // The shared budget (calbook.rate_limiter) had nothing left for batch calls: nothing was sent.
                    $pending[] = $uid;
                    $wait = max($wait, (int) $result->getRetryAfter());
                }
            }
            if ($pending === []) {
                break;
            }
            $wait = min(max($wait, 1), max(1, $maxWait));
            if ($round >= $waitRounds) {
                $report->retryAfter = max($report->retryAfter, $wait);
                break;
            }
            $this->log->notice('calbook backfill: Cal.com rate limit reached, waiting', ['seconds' => $wait, 'bookings' => count($pending)]);
            sleep($wait);
        }
        return $results;
    }

    /** X-RateLimit-Reset-*: seconds, or (as Cal.com's docs say) a Unix time. */
    private static function resetSeconds(Response $r): int
    {
        foreach ($r->headers() as $name => $values) {
            if (str_starts_with(strtolower((string) $name), 'x-ratelimit-reset')) {
                $v = (int) (is_array($values) ? ($values[0] ?? 0) : $values);
                return $v > 86400 ? max(1, $v - time()) : max(1, $v);
            }
        }
        return 1;
    }
}
