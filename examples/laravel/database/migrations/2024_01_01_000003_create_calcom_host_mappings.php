<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('calcom_host_mappings', function (Blueprint $t) {
            $t->id();
            $t->foreignId('company_id')->constrained('companies');
            $t->unsignedBigInteger('calcom_host_id');
            $t->foreignId('staff_id')->constrained('staff');
            $t->string('mapping_source', 32); // manual, auto_calcom_user_id, auto_email, auto_name
            $t->unsignedTinyInteger('confidence_score')->default(100);
            $t->string('calcom_name')->nullable();
            $t->string('calcom_email')->nullable();
            $t->string('calcom_username')->nullable();
            $t->string('calcom_timezone')->nullable();
            $t->boolean('is_active')->default(true);
            $t->json('metadata')->nullable();
            $t->timestamps();
            $t->unique(['company_id', 'calcom_host_id']);
        });

        Schema::create('calcom_host_mapping_audits', function (Blueprint $t) {
            $t->id();
            $t->foreignId('mapping_id')->constrained('calcom_host_mappings');
            $t->string('action', 32); // auto_matched, manual_created, deactivated
            $t->json('old_values')->nullable();
            $t->json('new_values')->nullable();
            $t->string('reason')->nullable();
            $t->string('context', 32)->nullable(); // phone, webhook, backfill
            $t->timestamp('created_at')->nullable();
        });

        // Webhook deliveries already handled (sha256 of the raw body): a replay changes nothing.
        Schema::create('calcom_webhook_events', function (Blueprint $t) {
            $t->id();
            $t->string('body_sha256', 64)->unique();
            $t->string('trigger_event', 64);
            $t->string('booking_uid')->nullable();
            $t->string('outcome', 64);
            $t->timestamp('created_at')->nullable();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('calcom_webhook_events');
        Schema::dropIfExists('calcom_host_mapping_audits');
        Schema::dropIfExists('calcom_host_mappings');
    }
};
