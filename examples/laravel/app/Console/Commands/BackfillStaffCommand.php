<?php

declare(strict_types=1);

namespace App\Console\Commands;

use App\Models\Appointment;
use App\Services\StaffAssigner;
use Calbook\Client;
use Calbook\Response;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * Appointments that have a Cal.com booking uid but no staff (the incident's rows): fetch the
 * bookings in parallel, find the host, resolve it to staff and store it.
 */
class BackfillStaffCommand extends Command
{
    protected $signature = 'calbook:backfill
        {--dry-run : say what would change, write nothing}
        {--limit=0 : at most this many appointments (0: all)}
        {--concurrency=8 : parallel requests to Cal.com (1 to 64)}
        {--company= : only this company id}
        {--max-wait=120 : seconds to wait out a rate limit at most, per round}';

    protected $description = 'Assign staff to appointments stored without one, from the Cal.com booking host';

    private const CHUNK = 100;
    private const RATE_LIMIT_ROUNDS = 5;

    public function handle(Client $client, StaffAssigner $assigner): int
    {
        $dry = (bool) $this->option('dry-run');
        $limit = max(0, (int) $this->option('limit'));
        $concurrency = (int) $this->option('concurrency');
        if ($concurrency < 1 || $concurrency > 64) {
            $this->error('--concurrency must be between 1 and 64');
            return self::INVALID;
        }
        $company = $this->option('company');

        $query = Appointment::query()
            ->whereNotNull('calcom_v2_booking_uid')
            ->whereNull('staff_id')
            ->orderBy('id');
        if ($company !== null && $company !== '') {
            $query->where('company_id', (int) $company);
        }
        if ($limit > 0) {
            $query->limit($limit);
        }
        $appointments = $query->get();
        $counts = ['Updated' => 0, 'No match' => 0, 'API errors' => 0, 'Failed' => 0];
        $total = $appointments->count();

        $this->info(($dry ? '[dry run] ' : '') . "$total appointment(s) with a Cal.com booking and no staff");
        if ($total === 0) {
            $this->summary($counts, 0, $dry);
            return self::SUCCESS;
        }

        $bar = $this->output->createProgressBar($total);
        $bar->start();
        $lines = [];
        foreach ($appointments->chunk(self::CHUNK) as $chunk) {
            $byUid = $chunk->keyBy('calcom_v2_booking_uid');
            try {
                $results = $this->fetch($client, array_keys($byUid->all()), $concurrency);
            } catch (Throwable $e) {
                // e.g. a uid Cal.com would refuse: the whole chunk counts as failed, the rest goes on.
                Log::error('backfill: fetch refused', ['error' => get_class($e) . ': ' . $e->getMessage()]);
                $counts['Failed'] += $chunk->count();
                $lines[] = 'fetch refused for ' . $chunk->count() . ' appointment(s): ' . $e->getMessage();
                $bar->advance($chunk->count());
                continue;
            }
            foreach ($byUid as $uid => $appointment) {
                $result = $results[$uid] ?? null;
                try {
                    if (!$result instanceof Response || !$result->successful() || !is_array($result->data())) {
                        $counts['API errors']++;
                        $why = $result instanceof Response ? 'HTTP ' . $result->status() : ($result instanceof Throwable ? get_class($result) : 'no result');
                        $lines[] = sprintf('#%d %s: API error (%s)', $appointment->id, $uid, $why);
                        continue;
                    }
                    $assignment = $assigner->assign($result->data(), (int) $appointment->company_id,
                        $appointment->preferred_staff_id, 'backfill', !$dry);
                    if ($assignment['staff_id'] === null) {
                        $counts['No match']++;
                        $lines[] = sprintf('#%d %s: no match (%s)', $appointment->id, $uid,
                            $assignment['reason'] ?? 'host not resolved');
                        continue;
                    }
                    $staffName = \App\Models\Staff::query()->find($assignment['staff_id'])?->full_name ?? ('#' . $assignment['staff_id']);
                    $lines[] = sprintf('#%d %s: %s %s (%s, %d%%)', $appointment->id, $uid, $dry ? 'would assign' : 'assigned',
                        $staffName, $assignment['match']['source'] ?? '?', (int) ($assignment['match']['confidence'] ?? 0));
                    if (!$dry) {
                        $appointment->fill([
                            'staff_id' => $assignment['staff_id'],
                            'calcom_host_id' => $assignment['calcom_host_id'],
                            'assignment_source' => $assignment['match']['source'] ?? null,
                            'assignment_confidence' => (int) ($assignment['match']['confidence'] ?? 0),
                        ])->save();
                    }
                    $counts['Updated']++;
                } catch (Throwable $e) {
                    $counts['Failed']++;
                    $lines[] = sprintf('#%d %s: failed (%s)', $appointment->id, $uid, get_class($e));
                    Log::error('backfill: update failed', ['appointment_id' => $appointment->id, 'error' => get_class($e) . ': ' . $e->getMessage()]);
                } finally {
                    $bar->advance();
                }
            }
        }
        $bar->finish();
        $this->newLine(2);
        foreach ($lines as $line) {
            $this->line('  ' . $line);
        }
        $this->summary($counts, $total, $dry);
        return $counts['Failed'] > 0 || $counts['API errors'] > 0 ? self::FAILURE : self::SUCCESS;
    }

    /**
     * getBookingsByUid, with rate-limited answers waited out and fetched again: a 429 is not a
     * failure of the booking, only of the moment.
     *
     * @return array<string, Response|Throwable>
     */
    private function fetch(Client $client, array $uids, int $concurrency): array
    {
        $results = [];
        $pending = $uids;
        for ($round = 0; $pending !== [] && $round <= self::RATE_LIMIT_ROUNDS; $round++) {
            $batch = $client->getBookingsByUid($pending, $concurrency);
            $pending = [];
            $wait = 0;
            foreach ($batch as $uid => $result) {
                $uid = (string) $uid;
                if ($result instanceof Response && $result->status() === 429 && $round < self::RATE_LIMIT_ROUNDS) {
                    $pending[] = $uid;
                    $wait = max($wait, self::resetSeconds($result));
                    continue;
                }
                $results[$uid] = $result;
            }
            if ($pending !== []) {
                $wait = min(max($wait, 1), max(1, (int) $this->option('max-wait')));
                $this->newLine();
                $this->comment(sprintf('Cal.com rate limit reached: waiting %d s for %d booking(s)', $wait, count($pending)));
                sleep($wait);
            }
        }
        return $results;
    }

    private static function resetSeconds(Response $r): int
    {
        foreach ($r->headers() as $name => $values) {
            if (str_starts_with((string) $name, 'x-ratelimit-reset')) {
                $v = (int) ($values[0] ?? 0);
                return $v > 86400 ? max(1, $v - time()) : max(1, $v); // seconds, or a Unix time
            }
        }
        return 1;
    }

    private function summary(array $counts, int $total, bool $dry): void
    {
        $this->newLine();
        $this->line($dry ? 'Summary (dry run, nothing written):' : 'Summary:');
        foreach ($counts as $label => $n) {
            $this->line(sprintf('  %-11s %d', $label . ':', $n));
        }
        $this->line(sprintf('  %-11s %d', 'Total:', $total));
    }
}
