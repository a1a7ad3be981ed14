<?php

declare(strict_types=1);

namespace App\Booking;

use App\PhoneAgent\Outcome;
use Calbook\ApiException;
use Calbook\InvalidResponseException;
use Calbook\RateLimitException;
use Calbook\TransportException;
use Throwable;

/** What a failed Cal.com call means for the caller, and whether Cal.com may have acted anyway. */
final class CalcomTrouble
{
    /** True when the request may have had its effect (a timeout after sending, a 5xx, an unreadable answer). */
    public static function ambiguous(Throwable $e): bool
    {
        return match (true) {
            $e instanceof TransportException => $e->mayHaveReachedServer(),
            $e instanceof RateLimitException => false,
            $e instanceof ApiException => $e->getStatus() >= 500,
            $e instanceof InvalidResponseException => true,
            default => false,
        };
    }

    /** Cal.com refused the request itself (400, 404, 409, 422): trying the same again will not help. */
    public static function refused(Throwable $e): bool
    {
        return $e instanceof ApiException && !$e instanceof RateLimitException && $e->getStatus() >= 400 && $e->getStatus() < 500;
    }

    public static function describe(Throwable $e): string
    {
        $short = (new \ReflectionClass($e))->getShortName();
        $status = $e instanceof ApiException ? ' ' . $e->getStatus() : '';
        return mb_substr($short . $status . ': ' . $e->getMessage(), 0, 250);
    }

    /** The outcome of a failure that is not a refusal: say so, and remember whether to look first next time. */
    public static function outcome(Throwable $e): Outcome
    {
        if ($e instanceof RateLimitException) {
            return Outcome::failed('Entschuldigung, unser Buchungssystem ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute noch einmal.', self::describe($e));
        }
        if (self::ambiguous($e)) {
            return Outcome::ambiguous('Entschuldigung, unser Buchungssystem hat nicht rechtzeitig geantwortet. Ich kann das im Moment nicht bestätigen. Bitte versuchen Sie es gleich noch einmal.', self::describe($e));
        }
        return Outcome::failed('Entschuldigung, unser Buchungssystem ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.', self::describe($e));
    }
}
