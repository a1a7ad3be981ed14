<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\CalcomHostMapping;
use App\Models\CalcomHostMappingAudit;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * Who did Cal.com assign? One place for the phone path, the webhook and the backfill:
 * HostMapper::assign() on the booking, and when the match is new (resolved by Cal.com user id,
 * email or name rather than a stored mapping) the mapping and an audit row are persisted, so the
 * next booking of that host resolves by mapping.
 */
class StaffAssigner
{
    /** @var array<int, \Calbook\HostMapper> */
    private array $mappers = [];

    public function __construct(private HostMapperFactory $factory)
    {
    }

    /**
     * @return array{staff_id: int|null, calcom_host_id: int|null, preferred_staff_id: int|null,
     *               preference_met: bool, match: array|null, reason?: string}
     */
    public function assign(array $booking, int $companyId, ?int $preferredStaffId, string $context, bool $persist = true): array
    {
        try {
            $mapper = $this->mappers[$companyId] ??= $this->factory->forCompany($companyId);
            $result = $mapper->assign($booking, $preferredStaffId, ['company_id' => $companyId]);
        } catch (Throwable $e) {
            // The booking exists whatever happens here: store it unassigned, say why in the log.
            Log::warning('staff assignment failed', ['context' => $context, 'error' => get_class($e) . ': ' . $e->getMessage()]);
            return ['staff_id' => null, 'calcom_host_id' => self::hostId($booking), 'preferred_staff_id' => $preferredStaffId,
                'preference_met' => false, 'match' => null, 'reason' => 'assignment failed: ' . get_class($e)];
        }

        $result['calcom_host_id'] = self::intOrNull($result['calcom_host_id'] ?? null);
        $result['staff_id'] = self::intOrNull($result['staff_id'] ?? null);
        if ($result['staff_id'] === null) {
            $result['reason'] = $this->whyNot($mapper, $booking, $companyId);
            Log::warning('booking host not resolved to staff', [
                'context' => $context,
                'company_id' => $companyId,
                'calcom_host_id' => $result['calcom_host_id'],
                'reason' => $result['reason'],
            ]);
        } elseif ($persist && !empty($result['match']['new_mapping']) && $result['calcom_host_id'] !== null) {
            $this->persistMapping($companyId, $result, $context);
            unset($this->mappers[$companyId]); // rebuilt with the new mapping on next use
        }
        return $result;
    }

    /** HostMapper's explain mode: why no staff member was chosen (ambiguous name, no such email...). */
    private function whyNot(\Calbook\HostMapper $mapper, array $booking, int $companyId): string
    {
        try {
            $explained = $mapper->resolve($booking, ['company_id' => $companyId, 'explain' => true]);
        } catch (Throwable) {
            $explained = null;
        }
        return is_string($explained['reason'] ?? null) ? $explained['reason'] : 'no host in the booking';
    }

    public function forget(): void
    {
        $this->mappers = [];
    }

    private function persistMapping(int $companyId, array $result, string $context): void
    {
        $match = $result['match'];
        $host = is_array($match['host'] ?? null) ? $match['host'] : [];
        $existing = CalcomHostMapping::query()
            ->where('company_id', $companyId)
            ->where('calcom_host_id', $result['calcom_host_id'])
            ->first();
        if ($existing !== null) {
            return; // an inactive or concurrent mapping: leave it to a person
        }
        $mapping = CalcomHostMapping::create([
            'company_id' => $companyId,
            'calcom_host_id' => $result['calcom_host_id'],
            'staff_id' => $result['staff_id'],
            'mapping_source' => 'auto_' . ($match['source'] ?? 'unknown'),
            'confidence_score' => (int) ($match['confidence'] ?? 0),
            'calcom_name' => $host['name'] ?? null,
            'calcom_email' => $host['email'] ?? null,
            'calcom_username' => $host['username'] ?? null,
            'calcom_timezone' => $host['timeZone'] ?? null,
            'is_active' => true,
            'metadata' => ['host' => $host, 'reason' => $match['reason'] ?? null],
        ]);
        CalcomHostMappingAudit::create([
            'mapping_id' => $mapping->id,
            'action' => 'auto_matched',
            'old_values' => null,
            'new_values' => ['calcom_host_id' => $mapping->calcom_host_id, 'staff_id' => $mapping->staff_id,
                'mapping_source' => $mapping->mapping_source, 'confidence_score' => $mapping->confidence_score],
            'reason' => $match['reason'] ?? null,
            'context' => $context,
        ]);
        Log::info('calcom host mapping created', ['company_id' => $companyId, 'calcom_host_id' => $mapping->calcom_host_id,
            'staff_id' => $mapping->staff_id, 'source' => $mapping->mapping_source, 'confidence' => $mapping->confidence_score]);
    }

    private static function hostId(array $booking): ?int
    {
        try {
            $host = \Calbook\HostMapper::extractHost($booking);
        } catch (Throwable) {
            return null;
        }
        return self::intOrNull($host['id'] ?? null);
    }

    private static function intOrNull(mixed $v): ?int
    {
        if (is_int($v)) {
            return $v;
        }
        if (is_string($v) && ctype_digit($v)) {
            return (int) $v;
        }
        return null;
    }
}
