<?php

declare(strict_types=1);

namespace App\PhoneAgent\Functions;

use App\Booking\AppointmentRecorder;
use App\Booking\Availability;
use App\Booking\CalcomTrouble;
use App\Booking\Catalog;
use App\Models\Appointment;
use App\Models\Service;
use App\Models\Staff;
use App\PhoneAgent\CallContext;
use App\PhoneAgent\Outcome;
use App\PhoneAgent\PhoneFunction;
use App\Support\PhoneNumber;
use App\Support\Speech;
use Calbook\ApiException;
use Calbook\HostMapper;
use Calbook\InvalidResponseException;
use Calbook\Laravel\Facades\Calbook;
use Carbon\CarbonImmutable;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * book_appointment: service, date, time, customer_name, phone or email, preferred_staff.
 *
 * A named staff member is booked when free: Cal.com's round robin books the slot, and when it
 * chose someone else the booking is reassigned to that person (POST /bookings/{uid}/reassign/{userId});
 * when the person is busy at that time, nothing is booked and the caller hears who is free.
 * After an ambiguous failure (the create may have reached Cal.com) the retry looks for the
 * booking in Cal.com first and adopts it.
 */
final class BookAppointment implements PhoneFunction
{
    use WhenArgs;

    public function __construct(private Catalog $catalog, private Availability $availability, private AppointmentRecorder $recorder)
    {
    }

    public function handle(CallContext $ctx): Outcome
    {
        $service = $this->catalog->service($ctx->company, $ctx->arg('service'));
        if (is_string($service)) {
            return Outcome::done($service);
        }
        $name = $ctx->arg('customer_name');
        if ($name === '' || mb_strlen($name) > 120) {
            return Outcome::done('Auf welchen Namen darf ich den Termin buchen?');
        }
        $start = $this->start($ctx);
        if (is_string($start)) {
            return Outcome::done($start);
        }
        $end = $start->addMinutes($service->minutes);
        $phone = PhoneNumber::e164($ctx->arg('phone') !== '' ? $ctx->arg('phone') : $ctx->callerNumber, (string) config('booking.country_prefix', '+49'));
        $email = strtolower($ctx->arg('email'));
        $emailGiven = $email !== '' && filter_var($email, FILTER_VALIDATE_EMAIL) !== false;
        if (!$emailGiven) {
            if ($phone === null) {
                return Outcome::done('Unter welcher Telefonnummer oder E-Mail-Adresse erreichen wir Sie?');
            }
            // Cal.com wants an attendee email; one derived from the phone number is stable, so a
            // retried call finds its booking by attendee email.
            $email = 'tel' . substr($phone, 1) . '@' . $ctx->company->slug . '.phone.invalid';
        }
        $preferred = $this->catalog->staff($ctx->company, $ctx->arg('preferred_staff'));
        if (is_string($preferred)) {
            return Outcome::done($preferred);
        }

        $preferredUser = null;
        if ($preferred !== null) {
            try {
                $hosts = $this->availability->hosts($ctx->company, $service);
                $preferredUser = $this->availability->userIdOf($preferred, $hosts);
                if ($preferredUser !== null && $ctx->previousState !== 'ambiguous') {
                    $busy = $this->availability->busy($ctx->company, $start, $end, $ctx->timezone);
                    if (!Availability::isFree($preferredUser, $start, $end, $busy)) {
                        return Outcome::done($this->whoIsFree($ctx, $preferred, $start, $end, $hosts, $busy));
                    }
                }
            } catch (Throwable $e) {
                return CalcomTrouble::outcome($e);
            }
            if ($preferredUser === null) {
                Log::info('book_appointment: the preferred staff member is no host of the event type', [
                    'company_id' => $ctx->company->id, 'staff_id' => $preferred->id, 'event_type_id' => $service->event_type_id]);
            }
        }

        $calcom = Calbook::forCompany($ctx->company->id);
        $booking = null;
        if ($ctx->previousState === 'ambiguous') {
            try {
                $booking = $this->findEarlierBooking($ctx, $service, $email, $start, $end);
            } catch (Throwable $e) {
                Log::warning('book_appointment: lookup after an ambiguous failure failed', ['call_id' => $ctx->callId,
                    'error' => CalcomTrouble::describe($e)]);
                return Outcome::ambiguous('Entschuldigung, unser Buchungssystem ist gerade nicht erreichbar. Ich kann Ihren Termin im Moment nicht bestätigen. Bitte versuchen Sie es in ein paar Minuten noch einmal.', CalcomTrouble::describe($e));
            }
            if ($booking !== null) {
                Log::info('book_appointment: adopted the booking of an earlier attempt', ['call_id' => $ctx->callId]);
            }
        }
        if ($booking === null) {
            try {
                $booking = $calcom->createBooking(array_filter([
                    'eventTypeId' => $service->event_type_id,
                    'start' => $start->format('Y-m-d\TH:i:s\Z'),
                    'name' => $name,
                    'email' => $email,
                    'phone' => $phone,
                    'timeZone' => $ctx->timezone,
                    'metadata' => array_filter([
                        'call_id' => $ctx->callId,
                        'source' => 'phone-agent',
                        'preferred_staff_id' => $preferred !== null ? (string) $preferred->id : null,
                    ], static fn ($v) => $v !== null),
                ], static fn ($v) => $v !== null))->throw()->data();
                if (!is_array($booking) || !is_string($booking['uid'] ?? null)) {
                    throw new InvalidResponseException('create response without a booking uid');
                }
            } catch (Throwable $e) {
                Log::warning('book_appointment: create failed', ['call_id' => $ctx->callId, 'ambiguous' => CalcomTrouble::ambiguous($e),
                    'error' => CalcomTrouble::describe($e), 'request_id' => $e instanceof ApiException ? $e->getRequestId() : null]);
                if (CalcomTrouble::refused($e)) {
                    return Outcome::failed($e instanceof ApiException && $e->getStatus() === 400
                        ? sprintf('Der Termin %s ist leider nicht mehr frei. Möchten Sie eine andere Uhrzeit?', Speech::when($start, $ctx->timezone))
                        : 'Entschuldigung, diesen Termin kann ich leider nicht buchen. Möchten Sie eine andere Uhrzeit?', CalcomTrouble::describe($e));
                }
                return CalcomTrouble::outcome($e);
            }
        }

        if ($preferredUser !== null && self::hostId($booking) !== $preferredUser) {
            $booking = $this->reassign($ctx, $booking, $preferredUser);
        }

        $values = [
            'event_type_id' => $service->event_type_id,
            'customer_name' => $name,
            'customer_email' => $emailGiven ? $email : null,
            'customer_phone' => $phone,
            'service_name' => $service->name,
            'source' => 'phone',
            'call_id' => $ctx->callId,
            'preferred_staff_id' => $preferred?->id,
        ];
        try {
            $appointment = $this->recorder->booked($ctx->company->id, $booking, $values);
        } catch (Throwable $e) {
            // Cal.com has the booking but the database refused it: never hide it from the caller.
            Log::critical('book_appointment: booked in Cal.com but not stored locally', ['call_id' => $ctx->callId,
                'uid' => $booking['uid'], 'error' => CalcomTrouble::describe($e)]);
            return Outcome::ambiguous(sprintf('Ihr Termin für %s %s ist gebucht.', $service->name, Speech::when($start, $ctx->timezone)),
                CalcomTrouble::describe($e));
        }
        return Outcome::done(self::bookedSentence($appointment->load(['staff', 'preferredStaff']), $ctx->timezone), $appointment->id);
    }

    public static function bookedSentence(Appointment $a, string $tz): string
    {
        $sentence = sprintf('Ihr Termin für %s %s ist gebucht.', $a->service_name ?: 'Ihre Behandlung', Speech::when($a->starts_at, $tz));
        return $sentence . self::staffSentence($a);
    }

    /** " Sie werden von X bedient." (and, when the wish was not met, that it was not) */
    public static function staffSentence(Appointment $a): string
    {
        if ($a->staff === null) {
            return '';
        }
        $preferred = $a->preferredStaff;
        if ($preferred !== null && $preferred->id !== $a->staff->id) {
            return sprintf(' Bei %s war dieser Termin leider nicht möglich, Sie werden von %s bedient.', $preferred->first_name, $a->staff->full_name);
        }
        return sprintf(' Sie werden von %s bedient.', $a->staff->full_name);
    }

    /** The named person is busy then: nothing is booked, the caller hears who is free. */
    private function whoIsFree(CallContext $ctx, Staff $preferred, CarbonImmutable $start, CarbonImmutable $end, array $hosts, array $busy): string
    {
        $free = array_values(array_filter($hosts, static fn ($h) => Availability::isFree($h['user_id'], $start, $end, $busy)));
        $when = Speech::when($start, $ctx->timezone);
        if ($free === []) {
            return sprintf('%s hat %s leider keinen Termin frei, und zu dieser Zeit ist auch sonst niemand frei. Möchten Sie eine andere Uhrzeit?', $preferred->first_name, $when);
        }
        $names = Availability::names($free);
        return sprintf('%s hat %s leider keinen Termin frei. Zu dieser Zeit %s %s frei. Möchten Sie bei %s buchen, oder soll ich eine andere Zeit bei %s suchen?',
            $preferred->first_name, $when, count($names) === 1 ? 'ist' : 'sind', Speech::list($names),
            count($names) === 1 ? $names[0] : Speech::list($names, 'oder'), $preferred->first_name);
    }

    /** Moves the booking to the named host; Cal.com's answer (the booking read back) is the truth. */
    private function reassign(CallContext $ctx, array $booking, int $userId): array
    {
        $calcom = Calbook::forCompany($ctx->company->id);
        try {
            $calcom->reassignBooking($booking['uid'], $userId, 'Wunsch des Kunden am Telefon')->throw();
        } catch (Throwable $e) {
            Log::info('book_appointment: the booking could not be moved to the preferred host', ['call_id' => $ctx->callId,
                'error' => CalcomTrouble::describe($e)]);
            if (CalcomTrouble::refused($e)) {
                return $booking; // taken meanwhile: the round robin's host stays
            }
        }
        try {
            $fresh = $calcom->getBooking($booking['uid'])->throw()->data();
            return is_array($fresh) && isset($fresh['uid']) ? $fresh : $booking;
        } catch (Throwable $e) {
            Log::warning('book_appointment: could not read the booking back after reassigning', ['call_id' => $ctx->callId,
                'error' => CalcomTrouble::describe($e)]);
            return $booking;
        }
    }

    /** The booking an earlier attempt of this call may have made, or null when Cal.com has none. */
    private function findEarlierBooking(CallContext $ctx, Service $service, string $email, CarbonImmutable $start, CarbonImmutable $end): ?array
    {
        $response = Calbook::forCompany($ctx->company->id)->getBookings([
            'attendeeEmail' => $email,
            'afterStart' => $start->subMinute()->format('Y-m-d\TH:i:s\Z'),
            'beforeEnd' => $end->addMinute()->format('Y-m-d\TH:i:s\Z'),
            'take' => 50,
        ])->throw();
        foreach ((array) $response->data() as $b) {
            if (!is_array($b) || !isset($b['uid'], $b['start']) || strtotime((string) $b['start']) !== $start->getTimestamp()) {
                continue;
            }
            if (in_array(strtolower((string) ($b['status'] ?? '')), ['cancelled', 'rejected'], true)) {
                continue;
            }
            $eventType = (int) ($b['eventTypeId'] ?? $b['eventType']['id'] ?? 0);
            $bookedBy = $b['metadata']['call_id'] ?? null;
            if (($eventType === 0 || $eventType === $service->event_type_id) && ($bookedBy === null || $bookedBy === $ctx->callId)) {
                return $b;
            }
        }
        return null;
    }

    private static function hostId(array $booking): ?int
    {
        try {
            $host = HostMapper::extractHost($booking);
        } catch (Throwable) {
            return null;
        }
        return is_int($host['id'] ?? null) ? $host['id'] : null;
    }
}
