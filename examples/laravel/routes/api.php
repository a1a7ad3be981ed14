<?php

use App\Http\Controllers\CalcomWebhookController;
use App\Http\Controllers\RetellFunctionCallController;
use Illuminate\Support\Facades\Route;

Route::post('/retell/function-call', RetellFunctionCallController::class);
Route::post('/calcom/webhook', CalcomWebhookController::class);
