<?php

declare(strict_types=1);

namespace App\PhoneAgent;

/** One function the voice agent may call. */
interface PhoneFunction
{
    public function handle(CallContext $ctx): Outcome;
}
