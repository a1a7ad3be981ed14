<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\CalcomTrouble;
use App\Models\Appointment;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\Speech;
use Calbook\ApiException;
use Calbook\Laravel\Facades\Calbook;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * cancel_appointment: the caller's coming appointment (`date`, optionally with a time, says which
 * when there are several), cancelled in Cal.com (POST /bookings/{uid}/cancel) and locally.
 * A retry after Cal.com already cancelled it ("already been cancelled") completes the local row.
 */
final class CancelAppointment implements PhoneFunction
{
    use CallerAppointments;

    public function handle(CallContext $ctx): Outcome
    {
        $appointment = $this->callersAppointment($ctx, 'date', 'absagen');
        if (is_string($appointment)) {
            return Outcome::done($appointment);
        }
        $reason = $ctx->arg('reason') !== '' ? mb_substr($ctx->arg('reason'), 0, 200) : 'Vom Kunden telefonisch abgesagt';
        try {
            Calbook::forCompany($ctx->company->id)->cancelBooking($appointment->calcom_v2_booking_uid, $reason)->throw();
        } catch (Throwable $e) {
            $already = $e instanceof ApiException && $e->getStatus() === 400 && str_contains(strtolower($e->getMessage()), 'already');
            if (!$already) {
                Log::warning('cancel_appointment: cancel failed', ['call_id' => $ctx->callId, 'appointment_id' => $appointment->id,
                    'error' => CalcomTrouble::describe($e)]);
                return CalcomTrouble::refused($e)
                    ? Outcome::failed('Diesen Termin kann ich leider nicht absagen. Bitte rufen Sie uns zu den Öffnungszeiten an.', CalcomTrouble::describe($e))
                    : CalcomTrouble::outcome($e);
            }
        }
        $appointment->fill(['status' => Appointment::CANCELLED, 'cancellation_reason' => $reason])->save();
        return Outcome::done(sprintf('Ihr Termin für %s %s ist abgesagt.', $appointment->service_name ?: 'Ihre Behandlung',
            Speech::when($appointment->starts_at, $ctx->timezone)), $appointment->id);
    }
}
