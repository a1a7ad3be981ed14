<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class CalcomHostMappingAudit extends Model
{
    public const UPDATED_AT = null;

    protected $guarded = [];
    protected $casts = ['old_values' => 'array', 'new_values' => 'array'];
}
