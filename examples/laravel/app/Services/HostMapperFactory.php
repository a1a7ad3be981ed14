<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\CalcomHostMapping;
use App\Models\Staff;
use Calbook\HostMapper;

/**
 * Builds a Calbook\HostMapper for one company from one staff query and one mappings query.
 * The mapper indexes both once; each resolution is then a few hash lookups.
 */
class HostMapperFactory
{
    public function __construct(private int $autoThreshold = 75)
    {
    }

    public function forCompany(int $companyId): HostMapper
    {
        $staff = Staff::query()
            ->where('company_id', $companyId)
            ->get(['id', 'first_name', 'last_name', 'email', 'company_id', 'is_active', 'calcom_user_id'])
            ->map(static fn (Staff $s) => array_filter([
                'id' => (int) $s->id,
                'first_name' => (string) $s->first_name,
                'last_name' => (string) $s->last_name,
                'email' => $s->email,
                'company_id' => (int) $s->company_id,
                'is_active' => (bool) $s->is_active,
                'calcom_user_id' => $s->calcom_user_id,
            ], static fn ($v) => $v !== null))->values()->all();

        $mappings = CalcomHostMapping::query()
            ->where('company_id', $companyId)
            ->where('is_active', true)
            ->get(['calcom_host_id', 'staff_id', 'company_id'])
            ->map(static fn (CalcomHostMapping $m) => [
                'calcom_host_id' => (int) $m->calcom_host_id,
                'staff_id' => (int) $m->staff_id,
                'company_id' => (int) $m->company_id,
            ])->values()->all();

        return new HostMapper($staff, $mappings, [
            'company_id' => $companyId,
            'auto_threshold' => $this->autoThreshold,
        ]);
    }
}
