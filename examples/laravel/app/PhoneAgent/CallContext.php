<?php

declare(strict_types=1);

namespace App\PhoneAgent;

use App\Models\Company;
use App\Support\PhoneNumber;
use Carbon\CarbonImmutable;

/** One function call of the voice agent: who called which salon, and the function's arguments. */
final class CallContext
{
    public readonly string $timezone;
    public readonly ?string $callerNumber;

    /**
     * @param array<string, mixed> $args Retell's `args`
     * @param array<string, mixed> $call Retell's `call` object
     * @param ?string $previousState the state an earlier delivery of this call left (ambiguous: Cal.com may have acted)
     */
    public function __construct(
        public readonly Company $company,
        public readonly string $callId,
        public readonly string $function,
        public readonly array $args,
        public readonly array $call,
        public readonly ?string $previousState = null,
    ) {
        $this->timezone = $company->timezone ?: (string) config('booking.timezone', 'Europe/Berlin');
        $this->callerNumber = PhoneNumber::e164(is_string($call['from_number'] ?? null) ? $call['from_number'] : null,
            (string) config('booking.country_prefix', '+49'));
    }

    public function withPreviousState(?string $state): self
    {
        return new self($this->company, $this->callId, $this->function, $this->args, $this->call, $state);
    }

    /** A string argument, trimmed ('' when missing or not a scalar). */
    public function arg(string $name): string
    {
        $v = $this->args[$name] ?? null;
        return is_scalar($v) ? trim((string) $v) : '';
    }

    public function now(): CarbonImmutable
    {
        return CarbonImmutable::now($this->timezone);
    }
}
