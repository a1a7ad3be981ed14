<?php

namespace Calbook\Laravel\DropIn;

/**
 * The context of a host resolution, as the original HostMatchContext had it: the company (the
 * tenant whose staff is eligible) and, for the record, branch and service. Any object with a
 * public companyId (or company_id) property, or an array with 'company_id', works as well.
 */
final class HostMatchContext
{
    public function __construct(
        public readonly int|string $companyId,
        public readonly int|string|null $branchId = null,
        public readonly int|string|null $serviceId = null,
    ) {
    }
}
