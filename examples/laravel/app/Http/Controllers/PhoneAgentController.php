<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\PhoneAgent\PhoneAgent;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

/**
 * POST /api/retell/function-call (signed, throttled): always 200 with
 * {"result": "<a sentence the agent can say>"}: agents read the result to the caller, and a
 * non-2xx only makes them retry.
 */
class PhoneAgentController extends Controller
{
    public function __invoke(Request $request, PhoneAgent $agent): JsonResponse
    {
        $payload = json_decode($request->getContent(), true, 32);
        return new JsonResponse(['result' => $agent->handle($payload)], 200, [], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    }
}
