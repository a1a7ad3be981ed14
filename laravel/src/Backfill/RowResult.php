<?php

declare(strict_types=1);

namespace Calbook\Laravel\Backfill;

/** What the backfill did (or, in a dry run, would do) with one local row. */
final class RowResult
{
    public const ASSIGNED = 'assigned';
    public const WOULD_ASSIGN = 'would_assign';
    public const NO_MATCH = 'no_match';
    public const API_ERROR = 'api_error';
    public const RATE_LIMITED = 'rate_limited';
    public const ALREADY_SET = 'already_set';
    public const FAILED = 'failed';

    public function __construct(
        public readonly int|string $rowKey,
        public readonly string $uid,
        public readonly string $outcome,
        public readonly int|string|null $staffId = null,
        public readonly ?string $source = null,
        public readonly int $confidence = 0,
        public readonly string $detail = '',
    ) {
    }

    public function line(): string
    {
        $head = sprintf('#%s %s: ', $this->rowKey, $this->uid);
        return $head . match ($this->outcome) {
            self::ASSIGNED, self::WOULD_ASSIGN => sprintf('%s staff %s (%s, %d%%)%s',
                $this->outcome === self::ASSIGNED ? 'assigned' : 'would assign', $this->staffId, $this->source,
                $this->confidence, $this->detail !== '' ? ' ' . $this->detail : ''),
            self::NO_MATCH => 'no match (' . $this->detail . ')',
            self::API_ERROR => 'API error (' . $this->detail . ')',
            self::RATE_LIMITED => 'rate limited, left for later',
            self::ALREADY_SET => 'staff set meanwhile, left alone',
            default => 'failed (' . $this->detail . ')',
        };
    }
}
