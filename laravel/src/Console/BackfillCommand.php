<?php

declare(strict_types=1);

namespace Calbook\Laravel\Console;

use Calbook\Laravel\Backfill\BackfillChunk;
use Calbook\Laravel\Backfill\Backfiller;
use Calbook\Laravel\Backfill\Report;
use Calbook\Laravel\Backfill\RowResult;
use Calbook\Laravel\Backfill\Source;
use Illuminate\Console\Command;
use Illuminate\Contracts\Bus\Dispatcher as Bus;
use Illuminate\Contracts\Container\Container;
use InvalidArgumentException;

/**
 * Rows of the application's model (calbook.backfill) that have a Cal.com booking uid and no
 * staff: fetch their bookings in parallel, resolve each host to staff, store it. With --queue the
 * rows are split into BackfillChunk jobs for the queue workers instead.
 */
final class BackfillCommand extends Command
{
    protected $signature = 'calbook:backfill
        {--dry-run : say what would change and write nothing at all}
        {--limit=0 : at most this many rows (0: all)}
        {--company= : only this company id}
        {--concurrency= : parallel requests to Cal.com per batch, 1 to 64 (default calbook.backfill.concurrency)}
        {--queue : split the work into queued jobs (calbook.backfill.queue) instead of running it here}
        {--max-wait= : seconds to wait out a Cal.com rate limit at most, per round (default calbook.backfill.max_wait)}';

    protected $description = 'Assign staff to rows stored with a Cal.com booking but without staff, from the booking\'s host';

    public function handle(Container $app, Bus $bus): int
    {
        $config = (array) config('calbook.backfill', []);
        $dry = (bool) $this->option('dry-run');
        $queue = (bool) $this->option('queue');
        $limit = $this->intOption('limit', 0);
        $concurrency = $this->intOption('concurrency', (int) ($config['concurrency'] ?? 8));
        $maxWait = $this->intOption('max-wait', (int) ($config['max_wait'] ?? 120));
        $chunk = max(1, (int) ($config['chunk'] ?? 100));
        if ($limit === null || $concurrency === null || $maxWait === null) {
            return self::INVALID;
        }
        if ($concurrency < 1 || $concurrency > 64) {
            $this->error('--concurrency must be between 1 and 64');
            return self::INVALID;
        }
        if ($dry && $queue) {
            $this->error('--dry-run and --queue cannot be combined: a dry run writes nothing, not even jobs');
            return self::INVALID;
        }
        $company = $this->option('company');
        $company = is_string($company) && $company !== '' ? (ctype_digit($company) ? (int) $company : $company) : null;
        try {
            $backfiller = $app->make(Backfiller::class);
        } catch (InvalidArgumentException $e) {
            $this->error($e->getMessage());
            return self::INVALID;
        }
        $source = $backfiller->source();
        $total = $source->pending($company)->count();
        if ($limit > 0) {
            $total = min($total, $limit);
        }
        $this->info(($dry ? '[dry run] ' : '') . "$total row(s) with a Cal.com booking and no staff");
        if ($queue) {
            return $this->queue($source, $bus, $company, $total, $chunk, $concurrency);
        }

        $report = new Report();
        if ($total > 0) {
            $bar = $this->output->createProgressBar($total);
            $bar->start();
            $lastKey = null;
            $left = $total;
            while ($left > 0) {
                $rows = $this->page($source, $company, $lastKey, min($chunk, $left))->get($source->selectColumns());
                if ($rows->isEmpty()) {
                    break;
                }
                $lastKey = $rows->last()->getKey();
                $left -= $rows->count();
                $part = $backfiller->run($rows, $dry, $concurrency, (int) ($config['rate_limit_rounds'] ?? 5), $maxWait,
                    static fn () => $bar->advance());
                array_push($report->rows, ...$part->rows);
            }
            $bar->finish();
            $this->newLine(2);
        }
        $verbose = $dry || $this->output->isVerbose();
        foreach ($report->rows as $row) {
            if ($verbose || !in_array($row->outcome, [RowResult::ASSIGNED, RowResult::ALREADY_SET], true)) {
                $this->line('  ' . $row->line());
            }
        }
        $this->newLine();
        $this->line($dry ? 'Summary (dry run, nothing written):' : 'Summary:');
        foreach ($report->summary() + ['Total' => count($report->rows)] as $label => $n) {
            $this->line(sprintf('  %-13s %d', $label . ':', $n));
        }
        return $report->failed() ? self::FAILURE : self::SUCCESS;
    }

    /** Splits the pending rows into BackfillChunk jobs (per company, `calbook.backfill.chunk` rows each). */
    private function queue(Source $source, Bus $bus, int|string|null $company, int $total, int $chunk, int $concurrency): int
    {
        $queue = (array) config('calbook.backfill.queue', []);
        $jobs = 0;
        $bar = $this->output->createProgressBar($total);
        $bar->start();
        $lastKey = null;
        $left = $total;
        while ($left > 0) {
            $rows = $this->page($source, $company, $lastKey, min($chunk * 10, $left))->get([$source->keyName(), $source->company]);
            if ($rows->isEmpty()) {
                break;
            }
            $lastKey = $rows->last()->getKey();
            $left -= $rows->count();
            foreach ($rows->groupBy(fn ($r) => (string) $r->getAttribute($source->company)) as $companyRows) {
                foreach ($companyRows->chunk($chunk) as $part) {
                    $job = new BackfillChunk($part->first()->getAttribute($source->company), array_values($part->modelKeys()), $concurrency);
                    $job->onConnection($queue['connection'] ?? null)->onQueue($queue['queue'] ?? null);
                    $bus->dispatch($job);
                    $jobs++;
                    $bar->advance($part->count());
                }
            }
        }
        $bar->finish();
        $this->newLine(2);
        $this->info(sprintf('Queued %d job(s) for %d row(s) on queue connection %s, queue %s: run `php artisan queue:work%s` on as many machines as you like',
            $jobs, $total - $left, $queue['connection'] ?? config('queue.default'), $queue['queue'] ?? 'default',
            isset($queue['connection']) ? ' ' . $queue['connection'] : ''));
        return self::SUCCESS;
    }

    private function page(Source $source, int|string|null $company, int|string|null $after, int $size): \Illuminate\Database\Eloquent\Builder
    {
        $query = $source->pending($company)->limit($size);
        if ($after !== null) {
            $query->where($source->keyName(), '>', $after);
        }
        return $query;
    }

    private function intOption(string $name, int $default): ?int
    {
        $value = $this->option($name);
        if ($value === null || $value === '') {
            return $default;
        }
        if (!is_string($value) || !preg_match('/^\d+$/', $value)) {
            $this->error("--$name must be a whole number");
            return null;
        }
        return (int) $value;
    }
}
