<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/**
 * @property int $id
 * @property int $company_id
 * @property string $first_name
 * @property string $last_name
 * @property ?string $email
 * @property ?int $calcom_user_id
 * @property bool $is_active
 * @property-read string $full_name
 */
class Staff extends Model
{
    protected $table = 'staff';

    protected $fillable = ['company_id', 'first_name', 'last_name', 'email', 'calcom_user_id', 'is_active'];

    protected function casts(): array
    {
        return ['is_active' => 'boolean', 'calcom_user_id' => 'integer', 'company_id' => 'integer'];
    }

    public function company(): BelongsTo
    {
        return $this->belongsTo(Company::class);
    }

    public function getFullNameAttribute(): string
    {
        return trim($this->first_name . ' ' . $this->last_name);
    }
}
