<?php

declare(strict_types=1);

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/**
 * Which Cal.com host is which staff member, per company, and every change to that with its reason.
 * The package does not know the application's companies and staff tables, so there are no foreign
 * keys to them; `calbook.host_mapping.key_type` says whether their ids are integers or strings.
 */
return new class extends Migration {
    public function getConnection(): ?string
    {
        return config('calbook.host_mapping.database_connection');
    }

    public function up(): void
    {
        $stringKeys = config('calbook.host_mapping.key_type', 'integer') === 'string';
        $key = static fn (Blueprint $t, string $name) => $stringKeys
            ? $t->string($name, 64)
            : $t->unsignedBigInteger($name);

        Schema::create('calcom_host_mappings', function (Blueprint $t) use ($key) {
            $t->id();
            $key($t, 'company_id');
            $t->unsignedBigInteger('calcom_host_id');
            $key($t, 'staff_id');
            // manual, or auto_<HostMapper source>: auto_calcom_user_id, auto_email, auto_name
            $t->string('mapping_source', 32);
            $t->unsignedTinyInteger('confidence_score');
            $t->string('reason', 500)->nullable();
            $t->string('calcom_name')->nullable();
            $t->string('calcom_email')->nullable();
            $t->string('calcom_username')->nullable();
            $t->string('calcom_timezone', 64)->nullable();
            $t->boolean('is_active')->default(true);
            $t->timestamps();
            $t->unique(['company_id', 'calcom_host_id']);
            $t->index(['company_id', 'staff_id']);
        });

        Schema::create('calcom_host_mapping_audits', function (Blueprint $t) use ($key) {
            $t->id();
            $t->foreignId('mapping_id')->constrained('calcom_host_mappings')->cascadeOnDelete();
            $key($t, 'company_id');
            // created (auto), manual, reassigned, deactivated, activated
            $t->string('action', 32);
            $t->json('old_values')->nullable();
            $t->json('new_values')->nullable();
            $t->string('reason', 500)->nullable();
            // phone, webhook, backfill, manual, or the application's own word
            $t->string('context', 32)->nullable();
            $t->string('booking_uid', 128)->nullable();
            $t->timestamp('created_at')->nullable();
            $t->index(['company_id', 'created_at']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('calcom_host_mapping_audits');
        Schema::dropIfExists('calcom_host_mappings');
    }
};
