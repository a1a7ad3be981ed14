<?php

declare(strict_types=1);

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * One phone-agent function call (unique call id + function), claimed before Cal.com is asked.
 *
 * @property int $id
 * @property string $call_id
 * @property string $function
 * @property string $args_hash
 * @property string $state
 * @property ?string $answer
 * @property ?int $appointment_id
 * @property int $attempts
 */
class PhoneFunctionCall extends Model
{
    public const IN_PROGRESS = 'in_progress';
    public const DONE = 'done';
    public const FAILED = 'failed';
    public const AMBIGUOUS = 'ambiguous';

    protected $fillable = ['call_id', 'function', 'company_id', 'args_hash', 'state', 'answer', 'appointment_id', 'attempts', 'last_error'];

    protected function casts(): array
    {
        return ['attempts' => 'integer', 'appointment_id' => 'integer', 'company_id' => 'integer'];
    }
}
