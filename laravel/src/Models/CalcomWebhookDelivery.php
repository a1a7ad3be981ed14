<?php

declare(strict_types=1);

namespace Calbook\Laravel\Models;

use Illuminate\Database\Eloquent\Builder;
use Illuminate\Database\Eloquent\MassPrunable;
use Illuminate\Database\Eloquent\Model;

/**
 * A verified webhook delivery, stored once per company and body. `body` is the raw body as
 * Cal.com sent it (it holds the attendees' personal data: prune with `php artisan model:prune`,
 * see `calbook.webhooks.prune_after_days`).
 *
 * @property int $id
 * @property int|string $company_id
 * @property string $delivery_key
 * @property string $trigger_event
 * @property ?string $booking_uid
 * @property ?int $team_id
 * @property string $body
 * @property string $status
 * @property int $attempts
 * @property ?string $error
 */
class CalcomWebhookDelivery extends Model
{
    use MassPrunable;

    public const RECEIVED = 'received';
    public const PROCESSED = 'processed';
    public const FAILED = 'failed';

    public $timestamps = false;

    protected $table = 'calcom_webhook_deliveries';

    protected $guarded = ['id'];

    protected $hidden = ['body'];

    protected $casts = [
        'team_id' => 'integer',
        'attempts' => 'integer',
        'received_at' => 'immutable_datetime',
        'processed_at' => 'immutable_datetime',
    ];

    public function getConnectionName(): ?string
    {
        return $this->connection ?? config('calbook.webhooks.database_connection');
    }

    /** Processed deliveries older than `calbook.webhooks.prune_after_days` (0 or null: never). */
    public function prunable(): Builder
    {
        $days = (int) config('calbook.webhooks.prune_after_days', 30);
        if ($days <= 0) {
            return static::query()->whereRaw('1 = 0');
        }
        return static::query()
            ->where('status', self::PROCESSED)
            ->where('received_at', '<', now()->subDays($days));
    }

    /** The decoded body; null when it is not a JSON object (it was verified as one on arrival). */
    public function decodedBody(): ?array
    {
        $decoded = json_decode($this->body, true, 512, JSON_BIGINT_AS_STRING);
        return is_array($decoded) ? $decoded : null;
    }
}
