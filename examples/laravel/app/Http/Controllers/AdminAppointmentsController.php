<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Models\Appointment;
use App\Models\AppointmentStaffAudit;
use App\Models\Company;
use App\Models\Staff;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;
use Illuminate\Validation\Rule;
use Illuminate\View\View;

/**
 * GET /admin/appointments: unassigned appointments first ("Nicht zugeordnet"), then the newest;
 * paginated; filters by company and status. The count of unassigned ones is its own query over
 * the filter, not over one page. POST /admin/appointments/{id}/staff: a person assigns staff,
 * with an audit row.
 */
class AdminAppointmentsController extends Controller
{
    public const STATUSES = ['scheduled' => 'geplant', 'cancelled' => 'abgesagt'];

    public function index(Request $request): View
    {
        $filters = $request->validate([
            'company' => ['nullable', 'integer'],
            'status' => ['nullable', Rule::in(array_keys(self::STATUSES))],
        ]);
        $query = Appointment::query()
            ->when($filters['company'] ?? null, fn ($q, $c) => $q->where('company_id', $c))
            ->when($filters['status'] ?? null, fn ($q, $s) => $q->where('status', $s));

        $unassigned = (clone $query)->whereNull('staff_id')->where('status', Appointment::SCHEDULED)->count();
        $appointments = $query->with(['staff', 'preferredStaff', 'company'])
            ->orderByRaw('CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END')
            ->orderByDesc('created_at')->orderByDesc('id')
            ->paginate((int) config('booking.admin.per_page', 25))->withQueryString();

        $companyIds = $appointments->getCollection()->pluck('company_id')->unique();
        return view('admin.appointments', [
            'appointments' => $appointments,
            'unassigned' => $unassigned,
            'companies' => Company::query()->orderBy('name')->get(['id', 'name']),
            'staffByCompany' => Staff::query()->whereIn('company_id', $companyIds)->where('is_active', true)
                ->orderBy('first_name')->get()->groupBy('company_id'),
            'statuses' => self::STATUSES,
            'filters' => $filters,
            'tz' => config('booking.timezone', 'Europe/Berlin'),
        ]);
    }

    public function assign(Request $request, Appointment $appointment): RedirectResponse
    {
        $data = $request->validate([
            'staff_id' => ['required', 'integer', Rule::exists('staff', 'id')
                ->where('company_id', $appointment->company_id)->where('is_active', true)],
            'reason' => ['nullable', 'string', 'max:250'],
        ]);
        $old = $appointment->staff_id;
        $new = (int) $data['staff_id'];
        if ($old !== $new) {
            DB::transaction(function () use ($appointment, $old, $new, $data, $request) {
                $appointment->staff_id = $new;
                $appointment->assignment_source = 'manual';
                $appointment->assignment_confidence = 100;
                $appointment->save();
                AppointmentStaffAudit::query()->create([
                    'appointment_id' => $appointment->id,
                    'user_id' => $request->user()->id,
                    'old_staff_id' => $old,
                    'new_staff_id' => $new,
                    'reason' => $data['reason'] ?? null,
                ]);
            });
            Log::info('admin: staff assigned by hand', ['appointment_id' => $appointment->id, 'user_id' => $request->user()->id,
                'old_staff_id' => $old, 'new_staff_id' => $new]);
        }
        return redirect()->back()->with('status', 'Mitarbeiter zugeordnet.');
    }
}
