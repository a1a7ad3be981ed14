<?php

declare(strict_types=1);

namespace Calbook\Laravel\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/**
 * What happened to a mapping, why, and from where (phone, webhook, backfill, manual).
 *
 * @property int $mapping_id
 * @property string $action
 * @property ?array $old_values
 * @property ?array $new_values
 * @property ?string $reason
 * @property ?string $context
 */
class CalcomHostMappingAudit extends Model
{
    public const UPDATED_AT = null;

    protected $table = 'calcom_host_mapping_audits';

    protected $guarded = ['id'];

    protected $casts = [
        'old_values' => 'array',
        'new_values' => 'array',
    ];

    public function getConnectionName(): ?string
    {
        return $this->connection ?? config('calbook.host_mapping.database_connection');
    }

    public function mapping(): BelongsTo
    {
        return $this->belongsTo(CalcomHostMapping::class, 'mapping_id');
    }
}
