<?php

declare(strict_types=1);

namespace Calbook\Laravel\Backfill;

use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Queue\InteractsWithQueue;
use Psr\Log\LoggerInterface;

/**
 * One chunk of `calbook:backfill --queue`: the given rows of one company. Laravel's queue shares
 * the chunks among its workers, on as many machines as run `queue:work`. Idempotent and safe to
 * retry: it reloads its rows and handles only those still without staff, a row's staff is set only
 * while empty, and a mapping is created once (unique key). Rows Cal.com rate-limits are not waited
 * for in the worker: the job is released back to the queue for the time Cal.com asked, and the
 * next attempt handles what is left.
 */
final class BackfillChunk implements ShouldQueue
{
    use InteractsWithQueue;
    use Queueable;

    public int $tries;

    /**
     * @param list<int|string> $keys primary keys of the source model's rows
     */
    public function __construct(public readonly int|string $companyId, public readonly array $keys, public readonly int $concurrency = 8)
    {
        $this->tries = max(1, (int) config('calbook.backfill.queue.tries', 5));
    }

    public function handle(Backfiller $backfiller, LoggerInterface $log): void
    {
        $source = $backfiller->source();
        $rows = $source->pending($this->companyId)->whereKey($this->keys)->get($source->selectColumns());
        if ($rows->isEmpty()) {
            return; // done by an earlier attempt (or by someone else)
        }
        $report = $backfiller->run($rows, false, $this->concurrency, 0);
        $counts = [];
        foreach ($report->summary() as $label => $n) {
            $counts[strtolower(str_replace(' ', '_', $label))] = $n;
        }
        $log->info('calbook backfill: chunk done', ['company_id' => $this->companyId, 'rows' => count($this->keys)] + $counts);
        if ($report->count(RowResult::RATE_LIMITED) > 0 && $this->job !== null) {
            $this->release(max(1, $report->retryAfter));
        }
    }

    /** Unique per company and rows, for logs and queue dashboards. */
    public function displayName(): string
    {
        return 'calbook:backfill chunk (company ' . $this->companyId . ', ' . count($this->keys) . ' rows)';
    }
}
