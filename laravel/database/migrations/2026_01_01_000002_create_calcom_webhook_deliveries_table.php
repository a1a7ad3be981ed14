<?php

declare(strict_types=1);

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/**
 * Each verified Cal.com webhook delivery, once per company: `delivery_key` is the SHA-256 of the
 * raw body (Cal.com sends no delivery id; a redelivery is byte for byte the same body).
 */
return new class extends Migration {
    public function getConnection(): ?string
    {
        return config('calbook.webhooks.database_connection');
    }

    public function up(): void
    {
        Schema::create('calcom_webhook_deliveries', function (Blueprint $t) {
            $t->id();
            // a string whatever the application's key type: a single-tenant app's deliveries
            // belong to its connection's name (Calbook\Laravel\Tenant::$companyId)
            $t->string('company_id', 64);
            $t->char('delivery_key', 64);
            $t->string('trigger_event', 64);
            $t->string('booking_uid', 128)->nullable();
            $t->unsignedBigInteger('team_id')->nullable();
            $t->longText('body');
            // received, processed, failed
            $t->string('status', 16)->default('received');
            $t->unsignedInteger('attempts')->default(0);
            $t->string('error', 500)->nullable();
            $t->timestamp('received_at')->nullable();
            $t->timestamp('processed_at')->nullable();
            $t->unique(['company_id', 'delivery_key']);
            $t->index(['status', 'received_at']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('calcom_webhook_deliveries');
    }
};
