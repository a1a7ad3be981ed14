<?php

declare(strict_types=1);

namespace Calbook\Laravel\Models;

use Calbook\Laravel\HostMapping\HostMappingService;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * One Cal.com host (user id) known as one staff member of one company. Saving or deleting a row
 * drops that company's cached HostMapper, in this process and (through the cache) in every other.
 *
 * @property int $id
 * @property int|string $company_id
 * @property int $calcom_host_id
 * @property int|string $staff_id
 * @property string $mapping_source
 * @property int $confidence_score
 * @property ?string $reason
 * @property bool $is_active
 */
class CalcomHostMapping extends Model
{
    protected $table = 'calcom_host_mappings';

    protected $guarded = ['id'];

    protected $casts = [
        'calcom_host_id' => 'integer',
        'confidence_score' => 'integer',
        'is_active' => 'boolean',
    ];

    public function getConnectionName(): ?string
    {
        return $this->connection ?? config('calbook.host_mapping.database_connection');
    }

    protected static function booted(): void
    {
        $forget = static function (self $mapping): void {
            $companies = array_unique([(string) $mapping->company_id, (string) $mapping->getOriginal('company_id')]);
            foreach ($companies as $company) {
                if ($company !== '') {
                    app(HostMappingService::class)->forgetAfterCommit($company, $mapping->getConnection());
                }
            }
        };
        static::saved($forget);
        static::deleted($forget);
    }

    public function audits(): HasMany
    {
        return $this->hasMany(CalcomHostMappingAudit::class, 'mapping_id');
    }
}
