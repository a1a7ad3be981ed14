<?php

declare(strict_types=1);

namespace App\Services;

use App\Models\Company;
use App\Models\Staff;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\Log;

/** A book_appointment call's arguments, checked and in the shape Calbook\Client::createBooking takes. */
final class BookingRequest
{
    private function __construct(
        public int $eventTypeId,
        public string $serviceName,
        public CarbonImmutable $start,
        public CarbonImmutable $end,
        public string $timeZone,
        public string $name,
        public string $email,
        public bool $emailGiven,
        public ?string $phone,
        public ?int $preferredStaffId,
    ) {
    }

    /**
     * @param array $args Retell's `args`: service, date, time, customer_name, phone/email, preferred_staff
     * @param array $call Retell's `call` object (call_id, from_number, ...)
     * @return self|string the request, or a question for the caller when something is missing
     */
    public static function fromArgs(array $args, array $call, Company $company, array $services): self|string
    {
        $str = static fn (string $k): string => is_scalar($args[$k] ?? null) ? trim((string) $args[$k]) : '';

        $serviceKey = self::fold($str('service'));
        $service = null;
        foreach ($services as $key => $candidate) {
            if ($serviceKey !== '' && (self::fold((string) $key) === $serviceKey || self::fold($candidate['name']) === $serviceKey)) {
                $service = $candidate;
                break;
            }
        }
        if ($service === null) {
            $names = implode(' oder ', array_map(static fn ($s) => $s['name'], $services));
            return $serviceKey === ''
                ? "Welche Leistung möchten Sie buchen? Wir bieten $names an."
                : "Diese Leistung kann ich leider nicht buchen. Wir bieten $names an.";
        }

        $name = $str('customer_name');
        if ($name === '' || mb_strlen($name) > 120) {
            return 'Auf welchen Namen darf ich den Termin buchen?';
        }

        $tz = (string) ($company->timezone ?: config('booking.timezone', 'Europe/Berlin'));
        $start = self::parseStart($str('date'), $str('time'), $tz);
        if ($start === null) {
            return 'Für welchen Tag und welche Uhrzeit möchten Sie den Termin?';
        }
        if ($start->lessThanOrEqualTo(CarbonImmutable::now('UTC'))) {
            return 'Dieser Zeitpunkt liegt in der Vergangenheit. Für welchen Tag möchten Sie den Termin?';
        }

        $phone = $str('phone');
        if ($phone === '' && is_string($call['from_number'] ?? null)) {
            $phone = $call['from_number'];
        }
        $phone = preg_replace('/[\s\-\/()]/', '', $phone) ?? '';
        if (str_starts_with($phone, '00')) {
            $phone = '+' . substr($phone, 2);
        } elseif (preg_match('/^0[1-9]/', $phone)) {
            $phone = (string) config('booking.country_prefix', '+49') . substr($phone, 1); // a national number
        }
        $phone = preg_match('/^\+[1-9]\d{6,14}$/', $phone) ? $phone : null;

        $email = strtolower($str('email'));
        $emailGiven = $email !== '' && filter_var($email, FILTER_VALIDATE_EMAIL) !== false;
        if (!$emailGiven) {
            if ($phone === null) {
                return 'Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie?';
            }
            // Cal.com wants an attendee email; one derived from the phone number is stable, so a
            // retried call finds the same booking by attendee email.
            $email = 'tel' . substr($phone, 1) . '@' . $company->slug . '.phone.invalid';
        }

        return new self(
            (int) $service['event_type_id'],
            (string) $service['name'],
            $start,
            $start->addMinutes((int) $service['minutes']),
            $tz,
            $name,
            $email,
            $emailGiven,
            $phone,
            self::preferredStaff($str('preferred_staff'), $company),
        );
    }

    /** The flat input of Calbook\Client::createBooking. */
    public function toCalcom(string $callId): array
    {
        $input = [
            'eventTypeId' => $this->eventTypeId,
            'start' => $this->start->format('Y-m-d\TH:i:s\Z'),
            'name' => $this->name,
            'email' => $this->email,
            'timeZone' => $this->timeZone,
            'metadata' => array_filter([
                'call_id' => $callId,
                'source' => 'phone-agent',
                'preferred_staff_id' => $this->preferredStaffId !== null ? (string) $this->preferredStaffId : null,
            ], static fn ($v) => $v !== null),
        ];
        if ($this->phone !== null) {
            $input['phone'] = $this->phone;
        }
        return $input;
    }

    private static function parseStart(string $date, string $time, string $tz): ?CarbonImmutable
    {
        $today = CarbonImmutable::now($tz)->startOfDay();
        $day = match (self::fold($date)) {
            'heute' => $today,
            'morgen' => $today->addDay(),
            'uebermorgen' => $today->addDays(2),
            default => null,
        };
        if ($day === null) {
            foreach (['!Y-m-d', '!d.m.Y', '!j.n.Y'] as $format) {
                $d = CarbonImmutable::createFromFormat($format, $date, $tz);
                if ($d !== false && $d->format(ltrim($format, '!')) === $date) {
                    $day = $d;
                    break;
                }
            }
        }
        if ($day === null) {
            return null;
        }
        if (!preg_match('/^(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?$/i', $time, $m)) {
            return null;
        }
        $h = (int) $m[1];
        $i = isset($m[2]) ? (int) $m[2] : 0;
        if ($h > 23 || $i > 59) {
            return null;
        }
        return $day->setTime($h, $i)->utc();
    }

    /** The customer's wish, if it names exactly one active staff member (first, last or full name). */
    private static function preferredStaff(string $wish, Company $company): ?int
    {
        $wish = self::fold($wish);
        if ($wish === '') {
            return null;
        }
        $hits = Staff::query()->where('company_id', $company->id)->where('is_active', true)->get()
            ->filter(static function (Staff $s) use ($wish) {
                $first = self::fold($s->first_name);
                $last = self::fold($s->last_name);
                return in_array($wish, [$first, $last, "$first $last", "$last $first"], true);
            });
        if ($hits->count() !== 1) {
            Log::info('book_appointment: preferred staff not identified', ['matches' => $hits->count()]);
            return null;
        }
        return (int) $hits->first()->id;
    }

    private static function fold(string $s): string
    {
        $s = mb_strtolower(trim($s));
        $s = strtr($s, ['ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'ß' => 'ss']);
        return preg_replace('/\s+/u', ' ', $s) ?? $s;
    }
}
