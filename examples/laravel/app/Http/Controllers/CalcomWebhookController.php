<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\WebhookProcessor;
use Calbook\InvalidResponseException;
use Calbook\SignatureException;
use Calbook\Webhook;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * POST /api/calcom/webhook: Cal.com's deliveries. The signature (X-Cal-Signature-256, HMAC-SHA256
 * of the raw body) is checked by Calbook\Webhook before anything is read or written.
 */
class CalcomWebhookController
{
    public function __invoke(Request $request): JsonResponse
    {
        $secret = (string) config('services.calcom.webhook_secret', '');
        $raw = $request->getContent();
        $signature = (string) $request->header('X-Cal-Signature-256', '');
        if ($secret === '') {
            Log::error('calcom webhook: no webhook secret configured (CALCOM_WEBHOOK_SECRET)');
            return new JsonResponse(['error' => 'webhook not configured'], 401);
        }
        try {
            $event = Webhook::parse($raw, $signature, $secret);
        } catch (SignatureException) {
            Log::warning('calcom webhook: signature rejected', ['ip' => $request->ip(), 'bytes' => strlen($raw)]);
            return new JsonResponse(['error' => 'invalid signature'], 401);
        } catch (InvalidResponseException) {
            return new JsonResponse(['error' => 'body is not a JSON object'], 400);
        }

        try {
            $outcome = app(WebhookProcessor::class)->process($event, $raw);
        } catch (Throwable $e) {
            // 500 makes Cal.com deliver again later; the processing is idempotent.
            Log::error('calcom webhook: processing failed', ['trigger' => $event['triggerEvent'] ?? null,
                'uid' => $event['uid'] ?? null, 'error' => get_class($e) . ': ' . $e->getMessage()]);
            return new JsonResponse(['error' => 'processing failed'], 500);
        }
        return new JsonResponse(['status' => $outcome]);
    }
}
