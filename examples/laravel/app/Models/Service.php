<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * A service the phone agent may book, and its Cal.com event type.
 *
 * @property int $id
 * @property int $company_id
 * @property string $name
 * @property int $event_type_id
 * @property int $minutes
 */
class Service extends Model
{
    protected $fillable = ['company_id', 'name', 'event_type_id', 'minutes'];

    protected function casts(): array
    {
        return ['event_type_id' => 'integer', 'minutes' => 'integer', 'company_id' => 'integer'];
    }
}
