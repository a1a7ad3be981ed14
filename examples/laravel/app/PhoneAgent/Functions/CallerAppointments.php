<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Models\Appointment;
use App\PhoneAgent\CallContext;
use App\Support\GermanDateTime;
use App\Support\Speech;

/** The caller's coming appointments (by the number they call from), and which one they mean. */
trait CallerAppointments
{
    /**
     * @param string $dateArg the argument that names the appointment meant ("am Montag", "7.12. um 14 Uhr")
     * @return Appointment|string the appointment, or a sentence for the caller
     */
    private function callersAppointment(CallContext $ctx, string $dateArg, string $verb): Appointment|string
    {
        if ($ctx->callerNumber === null) {
            return 'Ich kann Ihre Rufnummer leider nicht erkennen. Bitte rufen Sie von der Nummer an, mit der Sie gebucht haben.';
        }
        $mine = Appointment::query()->upcomingFor($ctx->company->id, $ctx->callerNumber)->with('staff')->get();
        if ($mine->isEmpty()) {
            return 'Unter Ihrer Rufnummer finde ich keinen anstehenden Termin.';
        }
        if ($ctx->arg($dateArg) !== '') {
            $said = GermanDateTime::parse($ctx->arg($dateArg), '', $ctx->timezone, $ctx->now());
            if ($said['day'] !== null) {
                $mine = $mine->filter(function (Appointment $a) use ($said, $ctx) {
                    $local = $a->starts_at->setTimezone($ctx->timezone);
                    return $local->isSameDay($said['day'])
                        && ($said['time'] === null || ((int) $local->format('G') === $said['time'][0] && (int) $local->format('i') === $said['time'][1]));
                })->values();
                if ($mine->isEmpty()) {
                    return sprintf('Am %s finde ich unter Ihrer Rufnummer keinen Termin.', Speech::day($said['day'], $ctx->timezone));
                }
            }
        }
        if ($mine->count() > 1) {
            $list = $mine->map(fn (Appointment $a) => sprintf('%s %s', $a->service_name ?: 'einen Termin', Speech::when($a->starts_at, $ctx->timezone)))->all();
            return sprintf('Sie haben %d Termine: %s. Welchen Termin möchten Sie %s?', $mine->count(), Speech::list($list), $verb);
        }
        return $mine->first();
    }
}
