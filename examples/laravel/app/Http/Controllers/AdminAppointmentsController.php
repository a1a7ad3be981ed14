<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\Appointment;
use Illuminate\Http\Request;

/** GET /admin/appointments: what the salon sees, with "Nicht zugeordnet" where no staff is known. */
class AdminAppointmentsController
{
    public function __invoke(Request $request)
    {
        $appointments = Appointment::query()
            ->with(['staff', 'preferredStaff', 'company'])
            ->orderBy('starts_at')
            ->limit(500)
            ->get();
        return response()->view('admin.appointments', [
            'appointments' => $appointments,
            'tz' => config('app.display_timezone', 'Europe/Berlin'),
            'unassigned' => $appointments->whereNull('staff_id')->count(),
        ]);
    }
}
