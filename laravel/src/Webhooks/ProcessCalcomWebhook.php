<?php

declare(strict_types=1);

namespace Calbook\Laravel\Webhooks;

use Calbook\HostMapper;
use Calbook\Laravel\Events\BookingCancelled;
use Calbook\Laravel\Events\BookingCreated;
use Calbook\Laravel\Events\BookingRescheduled;
use Calbook\Laravel\Events\WebhookReceived;
use Calbook\Laravel\HostMapping\HostMappingService;
use Calbook\Laravel\Models\CalcomWebhookDelivery;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Events\Dispatcher;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Contracts\Bus\Dispatcher as Bus;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\Middleware\WithoutOverlapping;
use Throwable;

/**
 * One stored delivery: resolves the booking's host to staff (when host mapping is configured),
 * then dispatches WebhookReceived and, by trigger, BookingCreated / BookingRescheduled /
 * BookingCancelled, and marks the row processed. Idempotent: a processed delivery is skipped, so
 * running the job again (a retry, a duplicate dispatch) dispatches nothing twice; two workers never
 * run the same delivery at once (WithoutOverlapping, a cache lock per delivery). A listener that
 * throws marks the row failed and lets the queue retry (`calbook.webhooks.queue.tries`).
 */
final class ProcessCalcomWebhook implements ShouldQueue
{
    use InteractsWithQueue;
    use Queueable;

    public int $tries;

    /** @var list<int> */
    public array $backoff;

    public function __construct(public readonly int $deliveryId)
    {
        $this->tries = max(1, (int) config('calbook.webhooks.queue.tries', 5));
        $this->backoff = array_values(array_map('intval', (array) config('calbook.webhooks.queue.backoff', [10, 60, 300])));
    }

    public static function dispatchFor(CalcomWebhookDelivery $delivery): void
    {
        $job = new self((int) $delivery->id);
        $job->onConnection(config('calbook.webhooks.queue.connection'));
        $job->onQueue(config('calbook.webhooks.queue.queue'));
        app(Bus::class)->dispatch($job);
    }

    /** @return list<object> */
    public function middleware(): array
    {
        return [(new WithoutOverlapping('calbook-webhook-' . $this->deliveryId))->releaseAfter(10)->expireAfter(600)];
    }

    public function handle(Dispatcher $events, HostMappingService $mappings): void
    {
        $delivery = CalcomWebhookDelivery::query()->find($this->deliveryId);
        if ($delivery === null || $delivery->status === CalcomWebhookDelivery::PROCESSED) {
            return; // pruned, or done by an earlier run
        }
        $delivery->forceFill(['attempts' => $delivery->attempts + 1])->save();
        try {
            $this->process($delivery, $events, $mappings);
        } catch (Throwable $e) {
            $delivery->forceFill(['status' => CalcomWebhookDelivery::FAILED,
                'error' => mb_substr($e::class . ': ' . $e->getMessage(), 0, 500)])->save();
            throw $e;
        }
        $delivery->forceFill(['status' => CalcomWebhookDelivery::PROCESSED, 'processed_at' => now(), 'error' => null])->save();
    }

    private function process(CalcomWebhookDelivery $delivery, Dispatcher $events, HostMappingService $mappings): void
    {
        $body = $delivery->decodedBody() ?? [];
        $trigger = $delivery->trigger_event;
        // Webhook envelope, or the flat MEETING_* shapes.
        $payload = is_array($body['payload'] ?? null) ? $body['payload'] : $body;
        $uid = $delivery->booking_uid;
        $company = self::companyId($delivery->company_id);

        $events->dispatch(new WebhookReceived($company, $trigger, $body, (int) $delivery->id, $uid));
        $class = match ($trigger) {
            'BOOKING_CREATED' => BookingCreated::class,
            'BOOKING_RESCHEDULED' => BookingRescheduled::class,
            'BOOKING_CANCELLED' => BookingCancelled::class,
            default => null,
        };
        if ($class === null) {
            return;
        }
        $assignment = null;
        if (config('calbook.webhooks.assign_hosts', true) && $trigger !== 'BOOKING_CANCELLED'
            && $mappings->staffSource()->configured() && HostMapper::extractHost($payload) !== null) {
            $assignment = $mappings->assign($payload, $company, null, 'webhook', true, $uid);
        }
        $events->dispatch(new $class($company, $trigger, $payload, (int) $delivery->id, $uid, $assignment));
    }

    public function failed(?Throwable $e): void
    {
        CalcomWebhookDelivery::query()->whereKey($this->deliveryId)
            ->where('status', '!=', CalcomWebhookDelivery::PROCESSED)
            ->update(['status' => CalcomWebhookDelivery::FAILED,
                'error' => $e !== null ? mb_substr($e::class . ': ' . $e->getMessage(), 0, 500) : 'failed']);
    }

    private static function companyId(int|string $id): int|string
    {
        return is_string($id) && ctype_digit($id) && config('calbook.host_mapping.key_type', 'integer') !== 'string'
            ? (int) $id : $id;
    }
}
