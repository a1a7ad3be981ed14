<?php

use App\Http\Controllers\AdminAppointmentsController;
use Illuminate\Support\Facades\Route;

Route::get('/admin/appointments', AdminAppointmentsController::class);
Route::get('/', fn () => redirect('/admin/appointments'));
