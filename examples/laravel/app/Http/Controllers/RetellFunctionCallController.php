<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\PhoneBookingService;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * POST /api/retell/function-call: the voice agent's custom functions, Retell's body shape
 * {"name": "book_appointment", "call": {"call_id": ...}, "args": {...}}. Always 200 with
 * {"result": "<a sentence the agent can say>"}: agents read the result to the caller, and a
 * non-2xx only makes them retry.
 */
class RetellFunctionCallController
{
    public function __invoke(Request $request): JsonResponse
    {
        $payload = json_decode($request->getContent(), true);
        if (!is_array($payload)) {
            return self::say('Entschuldigung, das habe ich technisch nicht verstanden. Bitte versuchen Sie es noch einmal.');
        }
        $name = is_string($payload['name'] ?? null) ? $payload['name'] : '';
        try {
            return match ($name) {
                'book_appointment' => self::say(app(PhoneBookingService::class)->handle($payload)),
                default => self::say('Diese Funktion kenne ich leider nicht.'),
            };
        } catch (Throwable $e) {
            Log::error('retell function call failed', ['function' => $name,
                'call_id' => is_scalar($payload['call']['call_id'] ?? null) ? $payload['call']['call_id'] : null,
                'error' => get_class($e) . ': ' . $e->getMessage()]);
            return self::say('Entschuldigung, da ist technisch etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.');
        }
    }

    private static function say(string $sentence): JsonResponse
    {
        return new JsonResponse(['result' => $sentence], 200, [], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
}
