<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

/**
 * A salon: its Cal.com team and key, and the number callers dial.
 *
 * @property int $id
 * @property string $name
 * @property string $slug
 * @property ?string $phone_number
 * @property ?int $calcom_team_id
 * @property string $timezone
 */
class Company extends Model
{
    protected $fillable = ['name', 'slug', 'phone_number', 'calcom_team_id', 'timezone', 'calcom_api_key', 'calcom_webhook_secret'];

    /** The key and the secret are stored encrypted and never serialised. */
    protected $hidden = ['calcom_api_key', 'calcom_webhook_secret'];

    protected function casts(): array
    {
        return [
            'calcom_team_id' => 'integer',
            'calcom_api_key' => 'encrypted',
            'calcom_webhook_secret' => 'encrypted',
        ];
    }

    public function staff(): HasMany
    {
        return $this->hasMany(Staff::class);
    }

    public function services(): HasMany
    {
        return $this->hasMany(Service::class);
    }

    /** The company whose phone number was called, or null (numbers compared in E.164). */
    public static function forCalledNumber(?string $number): ?self
    {
        $e164 = \App\Support\PhoneNumber::e164($number);
        return $e164 === null ? null : self::query()->where('phone_number', $e164)->first();
    }
}
