<?php

use App\Http\Controllers\PhoneAgentController;
use App\Http\Middleware\VerifyRetellSignature;
use Illuminate\Support\Facades\Route;

// The voice agent's custom functions: signature first, then the throttle (AppServiceProvider).
Route::post('/retell/function-call', PhoneAgentController::class)
    ->middleware([VerifyRetellSignature::class, 'throttle:phone-agent']);

// Cal.com's webhooks, verified per tenant, stored once and processed by the package's queued job:
// POST /api/calcom/webhook (tenant from the team) and /api/calcom/webhook/{company id}.
Route::calbookWebhooks('/calcom/webhook')->middleware('throttle:calcom-webhooks');
