<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class CalcomHostMapping extends Model
{
    protected $guarded = [];
    protected $casts = [
        'is_active' => 'boolean',
        'metadata' => 'array',
        'calcom_host_id' => 'integer',
        'staff_id' => 'integer',
        'company_id' => 'integer',
        'confidence_score' => 'integer',
    ];

    public function staff()
    {
        return $this->belongsTo(Staff::class);
    }

    public function audits()
    {
        return $this->hasMany(CalcomHostMappingAudit::class, 'mapping_id');
    }
}
