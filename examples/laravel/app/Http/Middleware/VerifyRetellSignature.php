<?php

declare(strict_types=1);

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Symfony\Component\HttpFoundation\Response;

/**
 * The phone agent's requests are signed as Retell signs custom-function calls: HMAC-SHA256 of the
 * exact raw body with the agent's API key, hex, in `X-Retell-Signature` (header name and key from
 * config/booking.php). Nothing is read from the body before the check. Without a configured key
 * every request is refused: an open endpoint would let anyone book.
 */
final class VerifyRetellSignature
{
    public function handle(Request $request, Closure $next): Response
    {
        $key = (string) config('booking.phone_agent.signing_key', '');
        $header = (string) config('booking.phone_agent.signature_header', 'X-Retell-Signature');
        if ($key === '') {
            Log::error('phone agent: refused, no signing key configured (RETELL_API_KEY)');
            return new JsonResponse(['error' => 'phone agent not configured'], 401);
        }
        $given = strtolower(trim((string) $request->header($header, '')));
        if (str_starts_with($given, 'sha256=')) {
            $given = substr($given, 7);
        }
        $expected = hash_hmac('sha256', $request->getContent(), $key);
        if ($given === '' || !hash_equals($expected, $given)) {
            Log::warning('phone agent: refused, signature missing or wrong', ['ip' => $request->ip(),
                'bytes' => strlen($request->getContent()), 'signed' => $given !== '']);
            return new JsonResponse(['error' => 'invalid signature'], 401);
        }
        return $next($request);
    }
}
