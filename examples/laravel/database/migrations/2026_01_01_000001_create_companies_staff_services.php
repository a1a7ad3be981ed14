<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        // A salon: one Cal.com team, one phone number the voice agent answers.
        Schema::create('companies', function (Blueprint $t) {
            $t->id();
            $t->string('name');
            $t->string('slug')->unique();
            // E.164, the number callers dial (Retell's call.to_number)
            $t->string('phone_number', 20)->nullable()->unique();
            $t->unsignedBigInteger('calcom_team_id')->nullable()->unique();
            $t->string('timezone', 64)->default('Europe/Berlin');
            // Encrypted with APP_KEY (the model's casts); never logged, never shown.
            $t->text('calcom_api_key')->nullable();
            $t->text('calcom_webhook_secret')->nullable();
            $t->timestamps();
        });

        Schema::create('staff', function (Blueprint $t) {
            $t->id();
            $t->foreignId('company_id')->constrained('companies');
            $t->string('first_name');
            $t->string('last_name');
            $t->string('email')->nullable();
            $t->unsignedBigInteger('calcom_user_id')->nullable();
            $t->boolean('is_active')->default(true);
            $t->timestamps();
            $t->index(['company_id', 'is_active']);
        });

        // What the phone agent may book: a name callers use, and the Cal.com event type behind it.
        Schema::create('services', function (Blueprint $t) {
            $t->id();
            $t->foreignId('company_id')->constrained('companies');
            $t->string('name');
            $t->unsignedBigInteger('event_type_id');
            $t->unsignedSmallInteger('minutes');
            $t->timestamps();
            $t->unique(['company_id', 'name']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('services');
        Schema::dropIfExists('staff');
        Schema::dropIfExists('companies');
    }
};
