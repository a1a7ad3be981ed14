<?php

declare(strict_types=1);

namespace App\Support;

/** Phone numbers as callers and Retell give them, to E.164 (+491701234567), or null. */
final class PhoneNumber
{
    public static function e164(?string $number, string $countryPrefix = '+49'): ?string
    {
        if ($number === null) {
            return null;
        }
        $n = preg_replace('/[\s\-\/().]/', '', $number) ?? '';
        if (str_starts_with($n, '00')) {
            $n = '+' . substr($n, 2);
        } elseif (preg_match('/^0[1-9]/', $n)) {
            $n = $countryPrefix . substr($n, 1); // a national number
        }
        return preg_match('/^\+[1-9]\d{6,14}$/', $n) ? $n : null;
    }
}
