<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\AppointmentRecorder;
use App\Booking\CalcomTrouble;
use App\Models\Appointment;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\Speech;
use Calbook\InvalidResponseException;
use Calbook\Laravel\Facades\Calbook;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * reschedule_appointment: `date` and `time` are the new time; `current_date` says which of the
 * caller's appointments when there are several. Cal.com makes a new booking (new uid) and
 * cancels the old one; the local row follows, with the host Cal.com gave the new booking.
 * After an ambiguous failure the retry first asks Cal.com whether the old booking was already
 * moved (`rescheduledToUid`) and adopts the new one.
 */
final class RescheduleAppointment implements PhoneFunction
{
    use CallerAppointments;
    use WhenArgs;

    public function __construct(private AppointmentRecorder $recorder)
    {
    }

    public function handle(CallContext $ctx): Outcome
    {
        $appointment = $this->callersAppointment($ctx, 'current_date', 'verschieben');
        if (is_string($appointment)) {
            return Outcome::done($appointment);
        }
        $start = $this->start($ctx, 'date', 'time', 'den neuen Termin');
        if (is_string($start)) {
            return Outcome::done($start);
        }
        $calcom = Calbook::forCompany($ctx->company->id);
        $new = null;
        try {
            if ($ctx->previousState === 'ambiguous') {
                $old = $calcom->getBooking($appointment->calcom_v2_booking_uid)->throw()->data();
                $to = is_array($old) ? ($old['rescheduledToUid'] ?? null) : null;
                if (is_string($to) && $to !== '') {
                    $new = $calcom->getBooking($to)->throw()->data();
                    Log::info('reschedule_appointment: adopted the reschedule of an earlier attempt', ['call_id' => $ctx->callId]);
                }
            }
            $new ??= $calcom->rescheduleBooking($appointment->calcom_v2_booking_uid, [
                'start' => $start->format('Y-m-d\TH:i:s\Z'),
                'reschedulingReason' => 'Vom Kunden telefonisch verschoben',
            ])->throw()->data();
        } catch (Throwable $e) {
            Log::warning('reschedule_appointment: failed', ['call_id' => $ctx->callId, 'appointment_id' => $appointment->id,
                'error' => CalcomTrouble::describe($e)]);
            if (CalcomTrouble::refused($e)) {
                return Outcome::failed(sprintf('%s ist leider nichts frei. Möchten Sie eine andere Uhrzeit?',
                    ucfirst(Speech::when($start, $ctx->timezone))), CalcomTrouble::describe($e));
            }
            return CalcomTrouble::outcome($e);
        }
        if (!is_array($new) || !is_string($new['uid'] ?? null)) {
            // Cal.com may have moved it: the retry asks for the old booking's rescheduledToUid first.
            return CalcomTrouble::outcome(new InvalidResponseException('reschedule answer without a uid'));
        }
        $appointment = $this->recorder->rescheduled($appointment, $new, 'phone');
        $appointment->load(['staff', 'preferredStaff']);
        return Outcome::done(sprintf('Ihr Termin ist verschoben auf %s.%s', substr(Speech::when($appointment->starts_at, $ctx->timezone), 3),
            BookAppointment::staffSentence($appointment)), $appointment->id);
    }
}
