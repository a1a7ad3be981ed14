<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Models\Appointment;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\Speech;

/** list_my_appointments: the caller's coming appointments, found by the number they call from. */
final class ListMyAppointments implements PhoneFunction
{
    public function handle(CallContext $ctx): Outcome
    {
        if ($ctx->callerNumber === null) {
            return Outcome::done('Ich kann Ihre Rufnummer leider nicht erkennen, deshalb finde ich Ihre Termine nicht.');
        }
        $mine = Appointment::query()->upcomingFor($ctx->company->id, $ctx->callerNumber)->with('staff')->limit(5)->get();
        if ($mine->isEmpty()) {
            return Outcome::done('Unter Ihrer Rufnummer finde ich keinen anstehenden Termin.');
        }
        $items = $mine->map(fn (Appointment $a) => trim(sprintf('%s %s%s', $a->service_name ?: 'ein Termin',
            Speech::when($a->starts_at, $ctx->timezone), $a->staff !== null ? ' bei ' . $a->staff->full_name : '')))->all();
        return Outcome::done($mine->count() === 1
            ? 'Sie haben einen Termin: ' . $items[0] . '.'
            : sprintf('Sie haben %d Termine: %s.', $mine->count(), Speech::list($items)));
    }
}
