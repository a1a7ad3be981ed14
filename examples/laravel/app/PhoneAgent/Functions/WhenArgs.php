<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\PhoneAgent\CallContext;
use App\Support\GermanDateTime;
use App\Support\Speech;
use Carbon\CarbonImmutable;

/** Reading `date` and `time` (or another pair) from the arguments, with the questions to ask back. */
trait WhenArgs
{
    /**
     * @return CarbonImmutable|string the start (UTC), or a question for the caller
     */
    private function start(CallContext $ctx, string $dateArg = 'date', string $timeArg = 'time', string $what = 'den Termin'): CarbonImmutable|string
    {
        $parsed = GermanDateTime::parse($ctx->arg($dateArg), $ctx->arg($timeArg), $ctx->timezone, $ctx->now());
        if ($parsed['day'] === null) {
            return "Für welchen Tag möchten Sie $what? Sie können zum Beispiel „morgen“, „nächsten Montag“ oder „7. Dezember“ sagen.";
        }
        if ($parsed['time'] === null) {
            return sprintf('Um wie viel Uhr möchten Sie %s am %s?', $what, Speech::day($parsed['day'], $ctx->timezone));
        }
        $start = GermanDateTime::at($parsed['day'], $parsed['time'], $ctx->timezone);
        if ($start->lessThanOrEqualTo(CarbonImmutable::now('UTC'))) {
            return 'Dieser Zeitpunkt liegt in der Vergangenheit. Für welchen Tag und welche Uhrzeit möchten Sie ' . $what . '?';
        }
        return $start;
    }

    /** @return CarbonImmutable|string a day (midnight, salon time), or a question */
    private function day(CallContext $ctx, string $dateArg = 'date'): CarbonImmutable|string
    {
        $parsed = GermanDateTime::parse($ctx->arg($dateArg), '', $ctx->timezone, $ctx->now());
        if ($parsed['day'] === null) {
            return 'Für welchen Tag soll ich nachsehen? Sie können zum Beispiel „morgen“, „nächsten Montag“ oder „7. Dezember“ sagen.';
        }
        if ($parsed['day']->lt($ctx->now()->startOfDay())) {
            return 'Dieser Tag liegt in der Vergangenheit. Für welchen Tag soll ich nachsehen?';
        }
        return $parsed['day'];
    }
}
