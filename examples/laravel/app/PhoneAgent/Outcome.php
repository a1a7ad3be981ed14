<?php

declare(strict_types=1);

namespace App\PhoneAgent;

use App\Models\PhoneFunctionCall;

/**
 * What a function call came to: the sentence for the caller and how a retry of the same call
 * is to be treated (done: answer again; failed: Cal.com did nothing, try again; ambiguous:
 * Cal.com may have acted, look before acting again).
 */
final class Outcome
{
    private function __construct(
        public readonly string $answer,
        public readonly string $state,
        public readonly ?int $appointmentId = null,
        public readonly ?string $error = null,
    ) {
    }

    public static function done(string $answer, ?int $appointmentId = null): self
    {
        return new self($answer, PhoneFunctionCall::DONE, $appointmentId);
    }

    public static function failed(string $answer, string $error): self
    {
        return new self($answer, PhoneFunctionCall::FAILED, null, $error);
    }

    public static function ambiguous(string $answer, string $error): self
    {
        return new self($answer, PhoneFunctionCall::AMBIGUOUS, null, $error);
    }
}
