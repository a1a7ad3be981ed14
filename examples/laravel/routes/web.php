<?php

use App\Http\Controllers\AdminAppointmentsController;
use App\Http\Controllers\LoginController;
use Illuminate\Support\Facades\Route;

Route::redirect('/', '/admin/appointments');

Route::get('/login', [LoginController::class, 'show'])->name('login');
Route::post('/login', [LoginController::class, 'login'])->middleware('throttle:login');
Route::post('/logout', [LoginController::class, 'logout'])->name('logout');

Route::middleware('auth')->prefix('admin')->group(function () {
    Route::get('/appointments', [AdminAppointmentsController::class, 'index'])->name('admin.appointments');
    Route::post('/appointments/{appointment}/staff', [AdminAppointmentsController::class, 'assign'])->name('admin.appointments.assign');
});
