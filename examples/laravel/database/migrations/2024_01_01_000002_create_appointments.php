<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('appointments', function (Blueprint $t) {
            $t->id();
            $t->foreignId('company_id')->constrained('companies');
            // Cal.com's assignment (the ground truth) and the customer's wish, kept apart.
            $t->foreignId('staff_id')->nullable()->constrained('staff');
            $t->unsignedBigInteger('calcom_host_id')->nullable();
            $t->foreignId('preferred_staff_id')->nullable()->constrained('staff');
            $t->string('assignment_source')->nullable();
            $t->unsignedTinyInteger('assignment_confidence')->nullable();
            $t->string('calcom_v2_booking_uid')->nullable()->unique();
            $t->unsignedBigInteger('calcom_booking_id')->nullable();
            $t->unsignedBigInteger('event_type_id')->nullable();
            $t->string('status', 32)->default('scheduled');
            $t->dateTime('starts_at');
            $t->dateTime('ends_at')->nullable();
            $t->string('customer_name');
            $t->string('customer_email')->nullable();
            $t->string('customer_phone', 40)->nullable();
            $t->string('service_name')->nullable();
            $t->string('source', 32)->default('phone');
            // The voice agent's call id: one booking per call, whatever the agent retries.
            $t->string('call_id')->nullable()->unique();
            $t->string('cancellation_reason')->nullable();
            $t->timestamps();
            $t->index(['company_id', 'starts_at']);
            $t->index(['staff_id']);
        });

        // One row per phone-agent call that reached the booking tool: what happened, so that a
        // retried call after an ambiguous failure looks in Cal.com before booking again.
        Schema::create('agent_calls', function (Blueprint $t) {
            $t->id();
            $t->string('call_id')->unique();
            $t->foreignId('company_id')->constrained('companies');
            $t->string('state', 32); // in_progress, ambiguous, failed, booked
            $t->unsignedInteger('attempts')->default(0);
            $t->string('attendee_email')->nullable();
            $t->dateTime('starts_at')->nullable();
            $t->unsignedBigInteger('event_type_id')->nullable();
            $t->string('last_error')->nullable();
            $t->foreignId('appointment_id')->nullable()->constrained('appointments');
            $t->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('agent_calls');
        Schema::dropIfExists('appointments');
    }
};
