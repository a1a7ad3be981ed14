<?php

declare(strict_types=1);

namespace App\PhoneAgent;

use App\Models\Company;
use Calbook\Laravel\Exceptions\UnknownTenantException;
use Calbook\Laravel\Facades\Calbook;
use Illuminate\Contracts\Container\Container;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * The voice agent's custom functions, in the request format Retell sends:
 * `{"name": "book_appointment", "args": {...}, "call": {"call_id", "from_number", "to_number", ...}}`.
 * The salon is the one whose number was called (`call.to_number`); a number no salon has is
 * refused and logged. Every outcome is a German sentence the agent can read aloud.
 */
final class PhoneAgent
{
    public const FUNCTIONS = [
        'check_availability' => Functions\CheckAvailability::class,
        'find_alternatives' => Functions\FindAlternatives::class,
        'book_appointment' => Functions\BookAppointment::class,
        'reschedule_appointment' => Functions\RescheduleAppointment::class,
        'cancel_appointment' => Functions\CancelAppointment::class,
        'list_my_appointments' => Functions\ListMyAppointments::class,
    ];

    public const SORRY = 'Entschuldigung, da ist technisch etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.';

    public function __construct(private Container $app, private CallLedger $ledger)
    {
    }

    public function handle(mixed $payload): string
    {
        if (!is_array($payload)) {
            return 'Entschuldigung, das habe ich technisch nicht verstanden. Bitte versuchen Sie es noch einmal.';
        }
        $name = is_string($payload['name'] ?? null) ? $payload['name'] : '';
        $call = is_array($payload['call'] ?? null) ? $payload['call'] : [];
        $args = is_array($payload['args'] ?? null) ? $payload['args'] : [];
        $callId = is_string($call['call_id'] ?? null) ? $call['call_id'] : '';
        if (!isset(self::FUNCTIONS[$name])) {
            Log::warning('phone agent: unknown function', ['function' => mb_substr($name, 0, 64)]);
            return 'Diese Funktion kenne ich leider nicht.';
        }
        if (!preg_match('/^[A-Za-z0-9_.:-]{1,128}$/', $callId)) {
            Log::warning('phone agent: request without a usable call id', ['function' => $name]);
            return self::SORRY;
        }

        $company = Company::forCalledNumber(is_string($call['to_number'] ?? null) ? $call['to_number'] : null);
        if ($company === null) {
            // Never a default salon: a call to a number nobody configured books nothing.
            Log::warning('phone agent: refused, the called number belongs to no company', ['function' => $name,
                'call_id' => $callId, 'to_number' => is_string($call['to_number'] ?? null) ? mb_substr($call['to_number'], 0, 20) : null]);
            return 'Entschuldigung, unter dieser Rufnummer kann ich leider keine Termine vergeben.';
        }

        try {
            Calbook::tenant($company->id);
        } catch (UnknownTenantException) {
            Log::warning('phone agent: refused, the company has no Cal.com account configured', ['function' => $name,
                'call_id' => $callId, 'company_id' => $company->id]);
            return 'Entschuldigung, unter dieser Rufnummer kann ich leider keine Termine vergeben.';
        }

        $ctx = new CallContext($company, $callId, $name, $args, $call);
        try {
            return $this->ledger->run($ctx, fn (CallContext $c) => $this->app->make(self::FUNCTIONS[$name])->handle($c));
        } catch (Throwable $e) {
            Log::error('phone agent: function failed', ['function' => $name, 'call_id' => $callId,
                'company_id' => $company->id, 'error' => $e::class . ': ' . $e->getMessage()]);
            return self::SORRY;
        }
    }
}
