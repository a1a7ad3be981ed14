<?php

namespace Calbook\Laravel\Exceptions;

/**
 * No connection for a company: neither config('calbook.tenants.companies') nor the resolver
 * registered with Calbook::resolveTenantsUsing() knows it. There is never a default tenant.
 */
class UnknownTenantException extends \RuntimeException implements CalbookLaravelException
{
    public function __construct(public readonly int|string $companyId, string $why = '')
    {
        parent::__construct("calbook: no Cal.com connection for company {$companyId}" . ($why !== '' ? " ($why)" : ''));
    }
}
