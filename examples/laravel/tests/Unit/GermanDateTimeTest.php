<?php

declare(strict_types=1);

namespace Tests\Unit;

use App\Support\GermanDateTime;
use Carbon\CarbonImmutable;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

/**
 * Dates and times as German callers say them, read against a fixed "now":
 * Thursday, 3 December 2026, 10:00 in Europe/Berlin.
 */
class GermanDateTimeTest extends TestCase
{
    private static function now(): CarbonImmutable
    {
        return CarbonImmutable::create(2026, 12, 3, 10, 0, 0, 'Europe/Berlin');
    }

    /** @return array<string, array{0: string, 1: string, 2: ?string, 3: ?string}> date, time => day (Y-m-d), time (H:i) */
    public static function said(): array
    {
        return [
            'ISO' => ['2026-12-07', '14:00', '2026-12-07', '14:00'],
            'ISO with time' => ['2026-12-07T14:30', '', '2026-12-07', '14:30'],
            'ISO with seconds' => ['2026-12-07 09:15:00', '', '2026-12-07', '09:15'],
            'd.m.Y' => ['07.12.2026', '14 Uhr', '2026-12-07', '14:00'],
            'j.n.Y' => ['7.12.2026', '14 Uhr', '2026-12-07', '14:00'],
            'd.m.y' => ['7.12.26', '10:30', '2026-12-07', '10:30'],
            'd.m.' => ['7.12.', '9 Uhr', '2026-12-07', '09:00'],
            'd.m without the last dot' => ['07.12', '9:00', '2026-12-07', '09:00'],
            'd.m. already past this year' => ['1.1.', '10 Uhr', '2027-01-01', '10:00'],
            'with spaces' => ['7. 12. 2026', '10 Uhr', '2026-12-07', '10:00'],
            'month name' => ['7. Dezember', '14 Uhr 30', '2026-12-07', '14:30'],
            'month name and year' => ['7. Dezember 2026', '11 Uhr', '2026-12-07', '11:00'],
            'month name with umlaut' => ['3. März', '12:00', '2027-03-03', '12:00'],
            'heute' => ['heute', '15 Uhr', '2026-12-03', '15:00'],
            'Heute capitalised' => ['Heute', '16:45', '2026-12-03', '16:45'],
            'morgen' => ['morgen', '9:30', '2026-12-04', '09:30'],
            'übermorgen' => ['übermorgen', '10 Uhr', '2026-12-05', '10:00'],
            'uebermorgen' => ['uebermorgen', '10 Uhr', '2026-12-05', '10:00'],
            'weekday' => ['Montag', '14 Uhr', '2026-12-07', '14:00'],
            'am weekday' => ['am Freitag', '15.30 Uhr', '2026-12-04', '15:30'],
            'weekday with a full stop' => ['Montag.', 'zehn Uhr', '2026-12-07', '10:00'],
            'nächsten Montag' => ['nächsten Montag', '14 Uhr', '2026-12-07', '14:00'],
            'naechsten Montag' => ['naechsten Montag', '14 Uhr', '2026-12-07', '14:00'],
            'kommenden Samstag' => ['kommenden Samstag', '11 Uhr', '2026-12-05', '11:00'],
            'today\'s weekday means next week' => ['Donnerstag', '10 Uhr', '2026-12-10', '10:00'],
            'diesen Donnerstag is today' => ['diesen Donnerstag', '17 Uhr', '2026-12-03', '17:00'],
            'übernächsten Montag' => ['übernächsten Montag', '14 Uhr', '2026-12-14', '14:00'],
            'weekday and date' => ['Montag, den 14.12.', '10 Uhr', '2026-12-14', '10:00'],
            'Montag um 14 Uhr' => ['Montag um 14 Uhr', '', '2026-12-07', '14:00'],
            'nächsten Montag um halb drei' => ['nächsten Montag um halb drei', '', '2026-12-07', '14:30'],
            'morgen 9:30' => ['morgen 9:30', '', '2026-12-04', '09:30'],
            'date and time in one' => ['07.12.2026 14:30', '', '2026-12-07', '14:30'],
            'morgen um halb zehn' => ['morgen um halb zehn', '', '2026-12-04', '09:30'],
            'the time argument wins' => ['Montag um 14 Uhr', '15 Uhr', '2026-12-07', '15:00'],
            'halb drei' => ['Montag', 'halb drei', '2026-12-07', '14:30'],
            'halb 3' => ['Montag', 'halb 3', '2026-12-07', '14:30'],
            'viertel nach drei' => ['Montag', 'viertel nach drei', '2026-12-07', '15:15'],
            'viertel vor vier' => ['Montag', 'viertel vor vier', '2026-12-07', '15:45'],
            'dreiviertel vier' => ['Montag', 'dreiviertel vier', '2026-12-07', '15:45'],
            'zehn nach elf' => ['Montag', 'zehn nach elf', '2026-12-07', '11:10'],
            'drei Uhr means the afternoon' => ['Montag', 'drei Uhr', '2026-12-07', '15:00'],
            'um 3' => ['Montag', 'um 3', '2026-12-07', '15:00'],
            '3 Uhr nachmittags' => ['Montag', '3 Uhr nachmittags', '2026-12-07', '15:00'],
            '6 Uhr abends' => ['Montag', '6 Uhr abends', '2026-12-07', '18:00'],
            '8 Uhr morgens' => ['Montag', '8 Uhr morgens', '2026-12-07', '08:00'],
            'mittags' => ['Montag', 'mittags', '2026-12-07', '12:00'],
            '14h' => ['Montag', '14h', '2026-12-07', '14:00'],
            'gegen 11' => ['Montag', 'gegen 11', '2026-12-07', '11:00'],
            'zwölf Uhr' => ['Montag', 'zwölf Uhr', '2026-12-07', '12:00'],
            'no time said' => ['Montag', '', '2026-12-07', null],
            'impossible date' => ['31.02.2027', '10 Uhr', null, '10:00'],
            'month 13' => ['1.13.2027', '10 Uhr', null, '10:00'],
            'words that are no date' => ['irgendwann', 'abends', null, null],
            'nothing said' => ['', '', null, null],
            'time out of range' => ['Montag', '25 Uhr', '2026-12-07', null],
            'minutes out of range' => ['Montag', '14:75', '2026-12-07', null],
            'nonsense time' => ['Montag', 'wenn es passt', '2026-12-07', null],
            'a day with an unreadable time' => ['Montag um irgendwann', '', '2026-12-07', null],
        ];
    }

    #[DataProvider('said')]
    public function test_reads_what_callers_say(string $date, string $time, ?string $day, ?string $hhmm): void
    {
        $r = GermanDateTime::parse($date, $time, 'Europe/Berlin', self::now());
        $this->assertSame($day, $r['day']?->format('Y-m-d'), "day of '$date'");
        $this->assertSame($hhmm, $r['time'] === null ? null : sprintf('%02d:%02d', ...$r['time']), "time of '$time'");
        if ($r['day'] !== null) {
            $this->assertSame('00:00 Europe/Berlin', $r['day']->format('H:i e'));
        }
    }

    public function test_the_instant_is_taken_in_the_salon_zone_across_daylight_saving(): void
    {
        $winter = GermanDateTime::parse('07.12.2026', '14 Uhr', 'Europe/Berlin', self::now());
        $this->assertSame('2026-12-07T13:00:00Z', GermanDateTime::at($winter['day'], $winter['time'], 'Europe/Berlin')->format('Y-m-d\TH:i:s\Z'));
        $summer = GermanDateTime::parse('15.06.2027', '14 Uhr', 'Europe/Berlin', self::now());
        $this->assertSame('2027-06-15T12:00:00Z', GermanDateTime::at($summer['day'], $summer['time'], 'Europe/Berlin')->format('Y-m-d\TH:i:s\Z'));
        $this->assertNull(GermanDateTime::at($winter['day'], null, 'Europe/Berlin'));
    }

    public function test_another_zone_reads_the_same_words_there(): void
    {
        $r = GermanDateTime::parse('morgen', '9 Uhr', 'America/New_York', self::now());
        // 10:00 in Berlin is 04:00 in New York: "morgen" is the 4th there too.
        $this->assertSame('2026-12-04', $r['day']->format('Y-m-d'));
        $this->assertSame('2026-12-04T14:00:00Z', GermanDateTime::at($r['day'], $r['time'], 'America/New_York')->format('Y-m-d\TH:i:s\Z'));
    }
}
