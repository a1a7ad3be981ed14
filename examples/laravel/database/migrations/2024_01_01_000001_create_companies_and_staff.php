<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration {
    public function up(): void
    {
        Schema::create('companies', function (Blueprint $t) {
            $t->id();
            $t->string('name');
            $t->string('slug')->unique();
            $t->unsignedBigInteger('calcom_team_id')->nullable();
            $t->string('timezone')->default('Europe/Berlin');
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
    }

    public function down(): void
    {
        Schema::dropIfExists('staff');
        Schema::dropIfExists('companies');
    }
};
