<?php

declare(strict_types=1);

namespace Calbook\Laravel\Webhooks;

use Calbook\Laravel\Models\CalcomWebhookDelivery;
use Calbook\Laravel\Tenant;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Psr\Log\LoggerInterface;
use Throwable;

/**
 * Behind VerifyCalcomWebhook: stores the delivery once per company and body (calcom_webhook_deliveries,
 * unique on company_id + delivery_key = SHA-256 of the raw body) and queues one
 * ProcessCalcomWebhook job for it. A repeated delivery answers 200 "duplicate" and queues nothing.
 * When the job cannot be queued, the row is removed again and the answer is 503, so a redelivery
 * is not mistaken for a duplicate.
 */
final class WebhookController
{
    public function __construct(private LoggerInterface $log)
    {
    }

    public function __invoke(Request $request): JsonResponse
    {
        $tenant = $request->attributes->get(VerifyCalcomWebhook::TENANT);
        $event = $request->attributes->get(VerifyCalcomWebhook::EVENT);
        if (!$tenant instanceof Tenant || !is_array($event)) {
            // The route was registered without the middleware: never accept an unverified body.
            return new JsonResponse(['error' => 'webhook not verified'], 500);
        }
        $raw = $request->getContent();
        [$delivery, $new] = self::store($tenant, $raw, $event);
        if (!$new) {
            $this->log->info('calbook webhook: duplicate delivery', ['company_id' => $tenant->companyId,
                'trigger' => $delivery->trigger_event, 'delivery_id' => $delivery->id]);
            return new JsonResponse(['status' => 'duplicate']);
        }
        try {
            ProcessCalcomWebhook::dispatchFor($delivery);
        } catch (Throwable $e) {
            $delivery->delete();
            $this->log->error('calbook webhook: could not queue the delivery', ['company_id' => $tenant->companyId,
                'trigger' => $delivery->trigger_event, 'error' => $e::class . ': ' . $e->getMessage()]);
            return new JsonResponse(['error' => 'not accepted, deliver again'], 503);
        }
        return new JsonResponse(['status' => 'accepted']);
    }

    /**
     * @param array<string, mixed> $event Webhook::parse()'s result
     * @return array{0: CalcomWebhookDelivery, 1: bool} the row and whether it is new
     */
    public static function store(Tenant $tenant, string $raw, array $event): array
    {
        $key = hash('sha256', $raw);
        $company = (string) $tenant->companyId;
        [$teamId] = VerifyCalcomWebhook::claimedTeam($raw);
        $trigger = is_string($event['triggerEvent'] ?? null) && $event['triggerEvent'] !== '' ? $event['triggerEvent'] : 'UNKNOWN';
        $uid = is_string($event['uid'] ?? null) ? $event['uid'] : null;
        $inserted = CalcomWebhookDelivery::query()->insertOrIgnore([
            'company_id' => $company,
            'delivery_key' => $key,
            'trigger_event' => mb_substr($trigger, 0, 64),
            'booking_uid' => $uid !== null ? mb_substr($uid, 0, 128) : null,
            'team_id' => $teamId,
            'body' => $raw,
            'status' => CalcomWebhookDelivery::RECEIVED,
            'attempts' => 0,
            'received_at' => now(),
        ]);
        $delivery = CalcomWebhookDelivery::query()->where('company_id', $company)
            ->where('delivery_key', $key)->firstOrFail();
        return [$delivery, $inserted === 1];
    }
}
