<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\CalcomTrouble;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\GermanDateTime;
use App\Support\Speech;
use Carbon\CarbonImmutable;
use Throwable;

/**
 * check_availability: service, date (a day, or the first of a range with `date_to`, at most
 * 7 days), optionally time ("is 14 Uhr free?") and preferred_staff. Slots come from
 * GET /v2/slots (the Client sends that family's cal-api-version 2024-09-04).
 */
final class CheckAvailability implements PhoneFunction
{
    use FreeTimes;
    use WhenArgs;

    private const MAX_DAYS = 7;
    private const PER_DAY = 5;

    public function handle(CallContext $ctx): Outcome
    {
        $what = $this->serviceAndStaff($ctx);
        if (is_string($what)) {
            return Outcome::done($what);
        }
        [$service, $staff] = $what;
        $first = $this->day($ctx);
        if (is_string($first)) {
            return Outcome::done($first);
        }
        $last = $first;
        if ($ctx->arg('date_to') !== '') {
            $to = GermanDateTime::parse($ctx->arg('date_to'), '', $ctx->timezone, $ctx->now())['day'];
            if ($to === null || $to->lt($first)) {
                return Outcome::done('Bis zu welchem Tag soll ich nachsehen?');
            }
            $last = $to->gt($first->addDays(self::MAX_DAYS - 1)) ? $first->addDays(self::MAX_DAYS - 1) : $to;
        }
        $time = GermanDateTime::parse('', $ctx->arg('time'), $ctx->timezone, $ctx->now())['time'];
        if ($ctx->arg('time') !== '' && $time === null) {
            return Outcome::done('Um welche Uhrzeit soll ich nachsehen?');
        }

        try {
            $free = $this->freeStarts($ctx, $service, $staff, $first, $last);
        } catch (Throwable $e) {
            return CalcomTrouble::outcome($e);
        }
        $whom = self::withWhom($staff);
        $tz = $ctx->timezone;

        if ($time !== null) {
            $wish = GermanDateTime::at($first, $time, $tz);
            foreach ($free as $s) {
                if ($s->eq($wish)) {
                    return Outcome::done(sprintf('Ja, %s ist%s ein Termin für %s frei. Soll ich ihn für Sie buchen?', Speech::when($wish, $tz), $whom, $service->name));
                }
            }
            $sameDay = array_values(array_filter($free, static fn (CarbonImmutable $s) => $s->setTimezone($tz)->isSameDay($first)));
            usort($sameDay, static fn ($a, $b) => abs($a->getTimestamp() - $wish->getTimestamp()) <=> abs($b->getTimestamp() - $wish->getTimestamp()));
            $near = array_slice($sameDay, 0, 3);
            usort($near, static fn ($a, $b) => $a <=> $b);
            return Outcome::done($near === []
                ? sprintf('Am %s, ist%s leider nichts mehr frei. Soll ich an einem anderen Tag nachsehen?', Speech::day($first, $tz), $whom)
                : sprintf('%s ist%s leider nichts frei. Am selben Tag wäre %s frei. Passt Ihnen eine dieser Zeiten?', ucfirst(Speech::when($wish, $tz)), $whom, self::speak($near, $tz, true)));
        }

        $byDay = [];
        foreach ($free as $s) {
            $byDay[$s->setTimezone($tz)->format('Y-m-d')][] = $s;
        }
        if ($byDay === []) {
            return Outcome::done($first->eq($last)
                ? sprintf('Am %s, ist%s leider nichts mehr frei. Soll ich an einem anderen Tag nachsehen?', Speech::day($first, $tz), $whom)
                : sprintf('Vom %s bis %s ist%s leider nichts mehr frei. Soll ich in einem anderen Zeitraum nachsehen?', Speech::day($first, $tz), Speech::day($last, $tz), $whom));
        }
        $sentences = [];
        foreach (array_slice($byDay, 0, 3) as $starts) {
            $shown = array_slice($starts, 0, self::PER_DAY);
            $more = count($starts) > count($shown) ? ' und später' : '';
            $sentences[] = sprintf('Am %s, ist%s frei um %s%s.', Speech::day($starts[0], $tz), $whom, self::speak($shown, $tz, true, 'und'), $more);
        }
        return Outcome::done(implode(' ', $sentences) . ' Welcher Termin passt Ihnen?');
    }
}
