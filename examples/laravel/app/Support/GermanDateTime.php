<?php

declare(strict_types=1);

namespace App\Support;

use Carbon\CarbonImmutable;

/**
 * Dates and times the way German callers say them (and the way a voice agent writes them down):
 * ISO (`2026-12-07`, `2026-12-07T14:30`), `07.12.2026`, `7.12.26`, `7.12.`, `7. Dezember`,
 * weekday names (`Montag`, `am Montag`, `nächsten Montag`, `übernächsten Freitag`),
 * `heute`/`morgen`/`übermorgen`, and times `14 Uhr`, `14:30`, `14.30 Uhr`, `14 Uhr 30`,
 * `halb drei`, `viertel nach drei`, `viertel vor vier`, `drei Uhr nachmittags`.
 * A date and a time may come in one string (`Montag um 14 Uhr`, `morgen 9:30`).
 *
 * Everything is read in the salon's time zone against a given "now". What cannot be read
 * comes back as null so the agent can ask again; nothing here throws.
 */
final class GermanDateTime
{
    private const WEEKDAYS = ['montag' => 1, 'dienstag' => 2, 'mittwoch' => 3, 'donnerstag' => 4,
        'freitag' => 5, 'samstag' => 6, 'sonnabend' => 6, 'sonntag' => 7];

    private const MONTHS = ['januar' => 1, 'jaenner' => 1, 'februar' => 2, 'maerz' => 3, 'april' => 4, 'mai' => 5,
        'juni' => 6, 'juli' => 7, 'august' => 8, 'september' => 9, 'oktober' => 10, 'november' => 11, 'dezember' => 12];

    private const NUMBERS = ['null' => 0, 'ein' => 1, 'eins' => 1, 'eine' => 1, 'zwei' => 2, 'zwo' => 2, 'drei' => 3, 'vier' => 4,
        'fuenf' => 5, 'sechs' => 6, 'sieben' => 7, 'acht' => 8, 'neun' => 9, 'zehn' => 10, 'elf' => 11, 'zwoelf' => 12,
        'dreizehn' => 13, 'vierzehn' => 14, 'fuenfzehn' => 15, 'sechzehn' => 16, 'siebzehn' => 17, 'achtzehn' => 18,
        'neunzehn' => 19, 'zwanzig' => 20, 'einundzwanzig' => 21, 'zweiundzwanzig' => 22, 'dreiundzwanzig' => 23,
        'dreissig' => 30, 'fuenfundvierzig' => 45, 'viertel' => 15];

    /**
     * @return array{day: ?CarbonImmutable, time: ?array{0: int, 1: int}} the day (midnight in $tz)
     *         and the time of day, each null when not given or not readable
     */
    public static function parse(string $date, string $time, string $tz, ?CarbonImmutable $now = null): array
    {
        $now = ($now ?? CarbonImmutable::now())->setTimezone($tz);
        $date = self::fold($date);
        $time = self::fold($time);

        $day = null;
        $timeOfDay = $time !== '' ? self::time($time) : null;
        if ($date !== '') {
            $day = self::day($date, $now);
            if ($day === null) {
                // A date and a time in one string: "montag um 14 uhr", "morgen 9:30", "2026-12-07t14:30".
                [$day, $saidTime] = self::split($date, $now);
                $timeOfDay ??= $saidTime;
            }
        }
        return ['day' => $day, 'time' => $timeOfDay];
    }

    /** The instant (UTC) of a day and a time of day in $tz, or null when either is missing. */
    public static function at(?CarbonImmutable $day, ?array $time, string $tz): ?CarbonImmutable
    {
        if ($day === null || $time === null) {
            return null;
        }
        return CarbonImmutable::create((int) $day->format('Y'), (int) $day->format('n'), (int) $day->format('j'), $time[0], $time[1], 0, $tz)->utc();
    }

    /** A day, or null. */
    public static function day(string $s, CarbonImmutable $now): ?CarbonImmutable
    {
        $s = self::fold($s);
        $s = preg_replace('/^(?:am|den|fuer|für|ab)\s+/', '', $s) ?? $s;
        $s = preg_replace('/^(?:am|den)\s+/', '', $s) ?? $s;
        $today = $now->startOfDay();

        switch ($s) {
            case 'heute':
                return $today;
            case 'morgen':
                return $today->addDay();
            case 'uebermorgen':
                return $today->addDays(2);
        }

        // Weekdays: "montag", "naechsten montag", "kommenden montag", "diesen montag",
        // "uebernaechsten montag", optionally followed by an explicit date ("montag, den 7.12.").
        $names = implode('|', array_keys(self::WEEKDAYS));
        if (preg_match('/^(?:(uebernaechste[nrsm]?|naechste[nrsm]?|kommende[nrsm]?|diese[nrsm]?)\s+)?(' . $names . ')(?:\s*,?\s*(?:den\s+)?(.+))?$/', $s, $m)) {
            if (isset($m[3]) && $m[3] !== '') {
                return self::calendarDate($m[3], $today); // the explicit date wins
            }
            $target = self::WEEKDAYS[$m[2]];
            $ahead = ($target - (int) $today->format('N') + 7) % 7;
            $qualifier = $m[1] ?? '';
            if ($ahead === 0 && !str_starts_with($qualifier, 'diese')) {
                $ahead = 7; // "Montag" said on a Monday: the one a week from today
            }
            if (str_starts_with($qualifier, 'uebernaechste')) {
                $ahead += 7;
            }
            return $today->addDays($ahead);
        }

        return self::calendarDate($s, $today);
    }

    /** A time of day as [hour, minute], or null. */
    public static function time(string $s): ?array
    {
        $s = self::fold($s);
        $s = preg_replace('/^(?:um|gegen|ab|so um|so gegen|etwa um|ca\.?)\s+/', '', $s) ?? $s;
        if ($s === 'mittags' || $s === 'mittag') {
            return [12, 0];
        }
        $part = null;
        if (preg_match('/\s+(morgens|frueh|vormittags|mittags|nachmittags|abends)$/', $s, $pm)) {
            $part = $pm[1];
            $s = substr($s, 0, -strlen($pm[0]));
        }
        $num = '(\d{1,2}|[a-z]+)';
        $h = $i = null;
        if (preg_match('/^(\d{1,2})\s*[:.h]\s*(\d{2})(?:\s*uhr)?$/', $s, $m)) {
            [$h, $i] = [(int) $m[1], (int) $m[2]];
        } elseif (preg_match('/^' . $num . '(?:\s*uhr|\s*h)?$/', $s, $m) && ($n = self::number($m[1])) !== null) {
            [$h, $i] = [$n, 0];
        } elseif (preg_match('/^' . $num . '\s*uhr\s*' . $num . '$/', $s, $m) && ($a = self::number($m[1])) !== null && ($b = self::number($m[2])) !== null) {
            [$h, $i] = [$a, $b];
        } elseif (preg_match('/^halb\s+' . $num . '$/', $s, $m) && ($n = self::number($m[1])) !== null) {
            [$h, $i] = [$n - 1, 30];
        } elseif (preg_match('/^viertel\s+nach\s+' . $num . '$/', $s, $m) && ($n = self::number($m[1])) !== null) {
            [$h, $i] = [$n, 15];
        } elseif (preg_match('/^(?:viertel\s+vor|dreiviertel)\s+' . $num . '$/', $s, $m) && ($n = self::number($m[1])) !== null) {
            [$h, $i] = [$n - 1, 45];
        } elseif (preg_match('/^' . $num . '\s+(?:minuten\s+)?(nach|vor)\s+' . $num . '$/', $s, $m) && ($a = self::number($m[1])) !== null && ($b = self::number($m[3])) !== null && $a < 30) {
            [$h, $i] = $m[2] === 'nach' ? [$b, $a] : [$b - 1, 60 - $a];
        } else {
            return null;
        }
        if ($h < 0 || $h > 23 || $i < 0 || $i > 59) {
            return null;
        }
        if (in_array($part, ['nachmittags', 'abends'], true) && $h < 12) {
            $h += 12;
        } elseif ($part === null && $h >= 1 && $h <= 7) {
            // Nobody books a haircut at 3 in the night: "um drei", "halb drei", "3 Uhr" mean the afternoon.
            $h += 12;
        }
        return [$h, $i];
    }

    /** Lower case, umlauts folded, single spaces, no trailing punctuation but a date's final dot. */
    public static function fold(string $s): string
    {
        $s = mb_strtolower(trim($s));
        $s = strtr($s, ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'ß' => 'ss', "\u{a0}" => ' ']);
        $s = preg_replace('/\s+/u', ' ', $s) ?? $s;
        $s = rtrim($s, " ,;!?");
        return preg_match('/[a-z]\.$/', $s) ? substr($s, 0, -1) : $s; // "Montag." but not "7.12." 
    }

    /** "2026-12-07", "07.12.2026", "7.12.26", "7.12.", "7. dezember [2026]" */
    private static function calendarDate(string $s, CarbonImmutable $today): ?CarbonImmutable
    {
        $s = trim($s);
        $y = null;
        if (preg_match('/^(\d{4})-(\d{1,2})-(\d{1,2})$/', $s, $m)) {
            [$y, $mo, $d] = [(int) $m[1], (int) $m[2], (int) $m[3]];
        } elseif (preg_match('/^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})$/', $s, $m)) {
            [$d, $mo, $y] = [(int) $m[1], (int) $m[2], (int) $m[3]];
            $y = $y < 100 ? 2000 + $y : $y;
        } elseif (preg_match('/^(\d{1,2})\.\s*(\d{1,2})\.?$/', $s, $m)) {
            [$d, $mo] = [(int) $m[1], (int) $m[2]];
        } elseif (preg_match('/^(\d{1,2})(?:\.|ter|ten)?\s*(' . implode('|', array_keys(self::MONTHS)) . ')(?:\s+(\d{4}))?$/', $s, $m)) {
            [$d, $mo] = [(int) $m[1], self::MONTHS[$m[2]]];
            $y = isset($m[3]) ? (int) $m[3] : null;
        } else {
            return null;
        }
        if ($y === null) {
            // No year: this year's date, or next year's when this year's has passed.
            $y = (int) $today->format('Y');
            if (checkdate($mo, $d, $y) && CarbonImmutable::create($y, $mo, $d, 0, 0, 0, $today->getTimezone())->lt($today)) {
                $y++;
            }
        }
        if (!checkdate($mo, $d, $y)) {
            return null;
        }
        return CarbonImmutable::create($y, $mo, $d, 0, 0, 0, $today->getTimezone());
    }

    /** @return array{0: ?CarbonImmutable, 1: ?array} a day and a time read from one string */
    private static function split(string $s, CarbonImmutable $now): array
    {
        if (preg_match('/^(\d{4}-\d{1,2}-\d{1,2})[t ](\d{1,2}:\d{2})(?::\d{2})?$/', $s, $m)) {
            return [self::day($m[1], $now), self::time($m[2])];
        }
        if (preg_match('/^(.+?)\s*,?\s+(?:um|gegen|ab)\s+(.+)$/', $s, $m)) {
            $day = self::day($m[1], $now);
            return $day === null ? [null, null] : [$day, self::time($m[2])];
        }
        // "morgen 14 uhr", "07.12.2026 14:30", "montag halb drei": the longest day prefix.
        $words = explode(' ', $s);
        for ($n = count($words) - 1; $n >= 1; $n--) {
            $day = self::day(implode(' ', array_slice($words, 0, $n)), $now);
            if ($day !== null) {
                $time = self::time(implode(' ', array_slice($words, $n)));
                return $time === null ? [null, null] : [$day, $time];
            }
        }
        return [null, null];
    }

    private static function number(string $s): ?int
    {
        if (ctype_digit($s)) {
            return (int) $s;
        }
        return self::NUMBERS[$s] ?? null;
    }
}
