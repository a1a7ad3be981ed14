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
            // mapping, auto_email, auto_name, auto_calcom_user_id, manual
            $t->string('assignment_source', 32)->nullable();
            $t->unsignedTinyInteger('assignment_confidence')->nullable();
            $t->string('calcom_v2_booking_uid')->nullable()->unique();
            $t->unsignedBigInteger('calcom_booking_id')->nullable();
            $t->unsignedBigInteger('event_type_id')->nullable();
            $t->string('status', 32)->default('scheduled'); // scheduled, cancelled
            $t->dateTime('starts_at');
            $t->dateTime('ends_at')->nullable();
            $t->string('customer_name');
            $t->string('customer_email')->nullable();
            $t->string('customer_phone', 20)->nullable();
            $t->string('service_name')->nullable();
            $t->string('source', 32)->default('phone'); // phone, calcom_webhook
            // The voice agent's call that booked it.
            $t->string('call_id')->nullable();
            $t->string('cancellation_reason')->nullable();
            $t->timestamps();
            $t->index(['company_id', 'status', 'staff_id']);
            $t->index(['customer_phone', 'starts_at']);
        });

        // Each phone-agent function call, claimed (unique call id + function) BEFORE Cal.com is
        // asked: a retried or concurrent delivery of the same call finds the row and gets the
        // same answer instead of booking again.
        Schema::create('phone_function_calls', function (Blueprint $t) {
            $t->id();
            $t->string('call_id', 128);
            $t->string('function', 64);
            $t->foreignId('company_id')->nullable()->constrained('companies');
            $t->char('args_hash', 64);
            // in_progress, done, failed (Cal.com certainly did nothing), ambiguous (it may have)
            $t->string('state', 16);
            $t->text('answer')->nullable();
            $t->foreignId('appointment_id')->nullable()->constrained('appointments');
            $t->unsignedInteger('attempts')->default(1);
            $t->string('last_error', 250)->nullable();
            $t->timestamps();
            $t->unique(['call_id', 'function']);
        });

        // Staff set by a person on the admin page: who, when, from what to what, why.
        Schema::create('appointment_staff_audits', function (Blueprint $t) {
            $t->id();
            $t->foreignId('appointment_id')->constrained('appointments');
            $t->foreignId('user_id')->nullable()->constrained('users');
            $t->foreignId('old_staff_id')->nullable()->constrained('staff');
            $t->foreignId('new_staff_id')->nullable()->constrained('staff');
            $t->string('reason', 250)->nullable();
            $t->timestamp('created_at')->nullable();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('appointment_staff_audits');
        Schema::dropIfExists('phone_function_calls');
        Schema::dropIfExists('appointments');
    }
};
