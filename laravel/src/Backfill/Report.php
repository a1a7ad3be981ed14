<?php

declare(strict_types=1);

namespace Calbook\Laravel\Backfill;

/** The rows a backfill run handled and the counts by outcome. */
final class Report
{
    /** @var list<RowResult> */
    public array $rows = [];

    /** Seconds Cal.com asked to wait when rows were left rate limited (0: none). */
    public int $retryAfter = 0;

    public function add(RowResult $row): void
    {
        $this->rows[] = $row;
    }

    public function count(string ...$outcomes): int
    {
        $n = 0;
        foreach ($this->rows as $row) {
            if (in_array($row->outcome, $outcomes, true)) {
                $n++;
            }
        }
        return $n;
    }

    /** @return array<string, int> label => count, for the summary */
    public function summary(): array
    {
        return [
            'Updated' => $this->count(RowResult::ASSIGNED, RowResult::WOULD_ASSIGN),
            'No match' => $this->count(RowResult::NO_MATCH),
            'API errors' => $this->count(RowResult::API_ERROR),
            'Rate limited' => $this->count(RowResult::RATE_LIMITED),
            'Skipped' => $this->count(RowResult::ALREADY_SET),
            'Failed' => $this->count(RowResult::FAILED),
        ];
    }

    public function failed(): bool
    {
        return $this->count(RowResult::API_ERROR, RowResult::FAILED, RowResult::RATE_LIMITED) > 0;
    }
}
