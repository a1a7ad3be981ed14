<?php

declare(strict_types=1);

namespace Calbook\Laravel\HostMapping;

/**
 * Who Cal.com assigned (resolved to a staff id) and what the customer wished, kept apart:
 * `staffId` is Cal.com's host as staff, never the preference; `preferredStaffId` is the wish as
 * given; `preferenceMet` is true only when both are known and equal.
 */
final class Assignment
{
    /**
     * @param array<string, mixed>|null $host  HostMapper::extractHost() of the booking
     * @param array<string, mixed>|null $match HostMapper::resolve()'s result
     */
    public function __construct(
        public readonly int|string|null $staffId,
        public readonly ?int $calcomHostId,
        public readonly int|string|null $preferredStaffId,
        public readonly bool $preferenceMet,
        public readonly ?string $source,
        public readonly int $confidence,
        public readonly string $reason,
        public readonly ?array $host,
        public readonly ?array $match,
        public readonly bool $mappingCreated,
    ) {
    }

    public function resolved(): bool
    {
        return $this->staffId !== null;
    }

    /** The mapping source as stored: `mapping` for a known mapping, else `auto_<source>`. */
    public function mappingSource(): ?string
    {
        if ($this->source === null) {
            return null;
        }
        return $this->source === 'mapping' ? 'mapping' : 'auto_' . $this->source;
    }

    /** @return array<string, mixed> */
    public function toArray(): array
    {
        return [
            'staff_id' => $this->staffId,
            'calcom_host_id' => $this->calcomHostId,
            'preferred_staff_id' => $this->preferredStaffId,
            'preference_met' => $this->preferenceMet,
            'source' => $this->source,
            'confidence' => $this->confidence,
            'reason' => $this->reason,
            'mapping_created' => $this->mappingCreated,
        ];
    }
}
