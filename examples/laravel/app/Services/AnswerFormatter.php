<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Appointment;
use Carbon\CarbonInterface;

/** Short German sentences the phone agent reads to the caller. */
class AnswerFormatter
{
    private const DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];

    public function booked(Appointment $a): string
    {
        $when = sprintf('am %s um %s Uhr', $this->day($a->starts_at), $this->time($a->starts_at));
        $sentence = sprintf('Ihr Termin für %s %s ist gebucht.', $a->service_name ?: 'Ihre Behandlung', $when);
        $staff = $a->staff;
        if ($staff === null) {
            return $sentence;
        }
        $name = $staff->full_name;
        $preferred = $a->preferredStaff;
        if ($preferred !== null && $preferred->id !== $staff->id) {
            return $sentence . sprintf(' Bei %s war dieser Termin leider nicht möglich, Sie werden von %s bedient.', $preferred->first_name, $name);
        }
        return $sentence . sprintf(' Sie werden von %s bedient.', $name);
    }

    public function day(CarbonInterface $t): string
    {
        $local = $t->copy()->setTimezone(config('app.display_timezone', 'Europe/Berlin'));
        return self::DAYS[(int) $local->format('w')] . ', ' . $local->format('d.m.');
    }

    public function time(CarbonInterface $t): string
    {
        return $t->copy()->setTimezone(config('app.display_timezone', 'Europe/Berlin'))->format('H:i');
    }
}
