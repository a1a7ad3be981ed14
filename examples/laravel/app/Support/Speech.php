<?php

declare(strict_types=1);

namespace App\Support;

use Carbon\CarbonInterface;

/** German the voice agent reads aloud: "Montag, den 7. Dezember", "14 Uhr", "14:30 Uhr", "A, B und C". */
final class Speech
{
    private const DAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
    private const MONTHS = [1 => 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
        'Oktober', 'November', 'Dezember'];

    public static function day(CarbonInterface $t, string $tz): string
    {
        $l = $t->copy()->setTimezone($tz);
        return sprintf('%s, den %d. %s', self::DAYS[(int) $l->format('w')], (int) $l->format('j'), self::MONTHS[(int) $l->format('n')]);
    }

    public static function weekday(CarbonInterface $t, string $tz): string
    {
        return self::DAYS[(int) $t->copy()->setTimezone($tz)->format('w')];
    }

    public static function time(CarbonInterface $t, string $tz): string
    {
        $l = $t->copy()->setTimezone($tz);
        return $l->format('i') === '00' ? $l->format('G') . ' Uhr' : $l->format('G:i') . ' Uhr';
    }

    /** "am Montag, den 7. Dezember, um 14 Uhr" */
    public static function when(CarbonInterface $t, string $tz): string
    {
        return sprintf('am %s, um %s', self::day($t, $tz), self::time($t, $tz));
    }

    /** @param list<string> $items "A", "A und B", "A, B und C" (or "oder") */
    public static function list(array $items, string $last = 'und'): string
    {
        $items = array_values($items);
        if (count($items) <= 1) {
            return $items[0] ?? '';
        }
        $tail = array_pop($items);
        return implode(', ', $items) . " $last " . $tail;
    }
}
