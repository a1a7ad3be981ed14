<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\CalcomTrouble;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\Speech;
use Carbon\CarbonImmutable;
use Throwable;

/**
 * find_alternatives: the free starts nearest to the wished date and time (service, date, time,
 * optionally preferred_staff), on that day first, then on the following days (up to a week).
 */
final class FindAlternatives implements PhoneFunction
{
    use FreeTimes;
    use WhenArgs;

    private const OFFER = 3;

    public function handle(CallContext $ctx): Outcome
    {
        $what = $this->serviceAndStaff($ctx);
        if (is_string($what)) {
            return Outcome::done($what);
        }
        [$service, $staff] = $what;
        $wish = $this->start($ctx, 'date', 'time', 'den Termin');
        if (is_string($wish)) {
            return Outcome::done($wish);
        }
        $tz = $ctx->timezone;
        $day = $wish->setTimezone($tz)->startOfDay();
        try {
            $free = $this->freeStarts($ctx, $service, $staff, $day, $day->addDays(6));
        } catch (Throwable $e) {
            return CalcomTrouble::outcome($e);
        }
        $whom = self::withWhom($staff);
        foreach ($free as $s) {
            if ($s->eq($wish)) {
                return Outcome::done(sprintf('%s ist%s noch frei. Soll ich den Termin buchen?', ucfirst(Speech::when($wish, $tz)), $whom));
            }
        }
        if ($free === []) {
            return Outcome::done(sprintf('In der Woche ab %s ist%s leider nichts mehr frei. Soll ich später nachsehen?', Speech::day($day, $tz), $whom));
        }
        // Nearest first; a day's distance counts more than the hour (same day before other days).
        $cost = static function (CarbonImmutable $s) use ($wish, $tz, $day): int {
            $days = (int) $day->diffInDays($s->setTimezone($tz)->startOfDay());
            $local = $s->setTimezone($tz);
            $minutes = abs(((int) $local->format('G') * 60 + (int) $local->format('i'))
                - ((int) $wish->setTimezone($tz)->format('G') * 60 + (int) $wish->setTimezone($tz)->format('i')));
            return $days * 24 * 60 + $minutes;
        };
        usort($free, static fn ($a, $b) => $cost($a) <=> $cost($b) ?: $a <=> $b);
        $offer = array_slice($free, 0, self::OFFER);
        usort($offer, static fn ($a, $b) => $a <=> $b);
        $sameDay = count(array_filter($offer, static fn ($s) => $s->setTimezone($tz)->isSameDay($day))) === count($offer);
        return Outcome::done(sprintf('%s ist%s leider nichts frei. Ich kann Ihnen %s anbieten. Was passt Ihnen?',
            ucfirst(Speech::when($wish, $tz)), $whom,
            $sameDay ? 'am selben Tag ' . self::speak($offer, $tz, true) : self::speak($offer, $tz, false)));
    }
}
