<?php

namespace Calbook\Laravel;

/**
 * One company's Cal.com account: which connection serves it, its team and organisation, and its
 * webhook secret. The secret is a method (not a property) and hidden from var_dump/print_r;
 * the API key is never part of a Tenant.
 */
final class Tenant
{
    private ?string $webhookSecret;

    public function __construct(
        public readonly int|string $companyId,
        public readonly string $connectionName,
        public readonly ?int $teamId = null,
        public readonly ?int $organizationId = null,
        #[\SensitiveParameter] ?string $webhookSecret = null,
    ) {
        $this->webhookSecret = ($webhookSecret === '' ? null : $webhookSecret);
    }

    public function webhookSecret(): ?string
    {
        return $this->webhookSecret;
    }

    public function hasWebhookSecret(): bool
    {
        return $this->webhookSecret !== null;
    }

    public function __debugInfo(): array
    {
        return [
            'companyId' => $this->companyId,
            'connectionName' => $this->connectionName,
            'teamId' => $this->teamId,
            'organizationId' => $this->organizationId,
            'webhookSecret' => $this->webhookSecret === null ? null : '***',
        ];
    }

    public function __serialize(): array
    {
        throw new \LogicException('Calbook\Laravel\Tenant holds a secret and cannot be serialized; serialize its companyId');
    }
}
