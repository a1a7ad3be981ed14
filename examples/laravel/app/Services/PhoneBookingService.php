<?php

declare(strict_types=1);

namespace App\Services;

use App\Exceptions\UnusableBookingException;
use App\Models\AgentCall;
use App\Models\Appointment;
use App\Models\Company;
use App\Support\UtcTime;
use Calbook\ApiException;
use Calbook\Client;
use Calbook\InvalidResponseException;
use Calbook\RateLimitException;
use Calbook\TransportException;
use Illuminate\Database\QueryException;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;
use Throwable;

/**
 * The phone agent's book_appointment tool. Every outcome is a short German sentence the agent
 * can say; nothing here throws to the caller.
 *
 * Idempotency per call id (agents retry tool calls): an agent_calls row remembers each call.
 * - booked: the same answer again, no request to Cal.com;
 * - ambiguous (the create may have reached Cal.com: a timeout, a dropped connection, a 5xx, an
 *   unreadable 2xx): the retry first looks for the booking in Cal.com (attendee email and start)
 *   and adopts it; only when Cal.com certainly has none does it create;
 * - failed (Cal.com certainly did not book: refused, rate-limited, never reached): book again.
 */
class PhoneBookingService
{
    /** An in_progress call older than this is treated as ambiguous (its process died). */
    private const STALE_SECONDS = 120;

    public function __construct(
        private Client $client,
        private StaffAssigner $assigner,
        private AnswerFormatter $answers,
    ) {
    }

    /** @param array{call?: array, args?: array} $payload Retell's custom-function body */
    public function handle(array $payload): string
    {
        $callId = (string) ($payload['call']['call_id'] ?? '');
        $args = is_array($payload['args'] ?? null) ? $payload['args'] : [];
        if ($callId === '') {
            return 'Entschuldigung, da ist technisch etwas schiefgelaufen. Bitte rufen Sie uns später noch einmal an.';
        }

        $company = Company::query()->find((int) config('booking.default_company_id'));
        if ($company === null) {
            Log::error('book_appointment: no company configured', ['call_id' => $callId]);
            return 'Entschuldigung, Buchungen sind gerade nicht möglich. Bitte rufen Sie uns später noch einmal an.';
        }

        // A call already booked answers from the database, whatever its arguments say now.
        $done = AgentCall::query()->where('call_id', $callId)->where('state', AgentCall::BOOKED)->first();
        if ($done !== null && $done->appointment !== null) {
            return $this->answers->booked($done->appointment);
        }

        $request = BookingRequest::fromArgs($args, $payload['call'] ?? [], $company, config('booking.services', []));
        if (is_string($request)) {
            return $request; // a question back to the caller
        }

        // Claim the call id. A booked call answers from the database.
        $claim = $this->claim($callId, $company, $request);
        if ($claim instanceof Appointment) {
            return $this->answers->booked($claim);
        }
        if (is_string($claim)) {
            return $claim;
        }
        [$call, $lookFirst] = $claim;

        $booking = null;
        if ($lookFirst) {
            try {
                $booking = $this->findExisting($request, $callId);
            } catch (Throwable $e) {
                $this->mark($call, AgentCall::AMBIGUOUS, $e);
                Log::warning('book_appointment: lookup after an ambiguous failure failed', ['call_id' => $callId, 'error' => self::describe($e)]);
                return 'Entschuldigung, unser Buchungssystem ist gerade nicht erreichbar. Ich kann Ihren Termin im Moment nicht bestätigen. Bitte versuchen Sie es in ein paar Minuten noch einmal.';
            }
            if ($booking !== null) {
                Log::info('book_appointment: adopted the booking of an earlier attempt', ['call_id' => $callId, 'uid' => $booking['uid'] ?? null]);
            }
        }

        if ($booking === null) {
            try {
                $booking = $this->client->createBooking($request->toCalcom($callId))->throw()->data();
                if (!is_array($booking) || !isset($booking['uid'])) {
                    throw new UnusableBookingException('create response without a booking uid');
                }
            } catch (Throwable $e) {
                return $this->createFailed($call, $request, $e);
            }
        }

        return $this->store($call, $request, $booking, $company);
    }

    /** @return Appointment|array{0: AgentCall, 1: bool}|string the call and whether to look in Cal.com first */
    private function claim(string $callId, Company $company, BookingRequest $request)
    {
        for ($try = 0; $try < 2; $try++) {
            try {
                return DB::transaction(function () use ($callId, $company, $request) {
                    $call = AgentCall::query()->where('call_id', $callId)->lockForUpdate()->first();
                    if ($call === null) {
                        $call = AgentCall::create([
                            'call_id' => $callId, 'company_id' => $company->id, 'state' => AgentCall::IN_PROGRESS,
                            'attempts' => 1, 'attendee_email' => $request->email, 'starts_at' => $request->start,
                            'event_type_id' => $request->eventTypeId,
                        ]);
                        return [$call, false];
                    }
                    if ($call->state === AgentCall::BOOKED && $call->appointment !== null) {
                        return $call->appointment;
                    }
                    $stale = $call->updated_at === null || $call->updated_at->lt(now()->subSeconds(self::STALE_SECONDS));
                    if ($call->state === AgentCall::IN_PROGRESS && !$stale) {
                        return 'Einen Moment bitte, Ihre Buchung wird gerade noch bearbeitet.';
                    }
                    // ambiguous, or a stale in_progress: Cal.com may have the booking already.
                    $lookFirst = $call->state !== AgentCall::FAILED;
                    $call->fill([
                        'state' => AgentCall::IN_PROGRESS, 'attempts' => $call->attempts + 1,
                        'attendee_email' => $request->email, 'starts_at' => $request->start, 'event_type_id' => $request->eventTypeId,
                    ])->save();
                    return [$call, $lookFirst];
                });
            } catch (QueryException $e) {
                // Two deliveries of one call raced for the insert: the other one holds it.
                Log::info('book_appointment: concurrent delivery of one call', ['call_id' => $callId]);
            }
        }
        return 'Einen Moment bitte, Ihre Buchung wird gerade noch bearbeitet.';
    }

    /** The booking an earlier attempt of this call may have made, or null when Cal.com has none. */
    private function findExisting(BookingRequest $request, string $callId): ?array
    {
        $response = $this->client->getBookings([
            'attendeeEmail' => $request->email,
            'afterStart' => $request->start->subMinute()->format('Y-m-d\TH:i:s\Z'),
            'beforeEnd' => $request->end->addMinute()->format('Y-m-d\TH:i:s\Z'),
            'take' => 50,
        ])->throw();
        $wanted = $request->start->getTimestamp();
        foreach ((array) $response->data() as $booking) {
            if (!is_array($booking) || !isset($booking['uid'], $booking['start'])) {
                continue;
            }
            if (strtotime((string) $booking['start']) !== $wanted) {
                continue;
            }
            if (in_array(strtolower((string) ($booking['status'] ?? '')), ['cancelled', 'rejected'], true)) {
                continue;
            }
            $eventType = (int) ($booking['eventTypeId'] ?? $booking['eventType']['id'] ?? 0);
            if ($eventType !== 0 && $eventType !== $request->eventTypeId) {
                continue;
            }
            $bookedBy = $booking['metadata']['call_id'] ?? null;
            if ($bookedBy !== null && $bookedBy !== $callId) {
                continue;
            }
            return $booking;
        }
        return null;
    }

    private function createFailed(AgentCall $call, BookingRequest $request, Throwable $e): string
    {
        $ambiguous = match (true) {
            $e instanceof TransportException => $e->mayHaveReachedServer(),
            $e instanceof RateLimitException => false,
            $e instanceof ApiException => $e->getStatus() >= 500,
            $e instanceof InvalidResponseException, $e instanceof UnusableBookingException => true,
            default => false,
        };
        $this->mark($call, $ambiguous ? AgentCall::AMBIGUOUS : AgentCall::FAILED, $e);
        Log::warning('book_appointment: create failed', [
            'call_id' => $call->call_id, 'ambiguous' => $ambiguous, 'error' => self::describe($e),
            'request_id' => $e instanceof ApiException ? $e->getRequestId() : null,
        ]);

        if ($e instanceof ApiException && !$e instanceof RateLimitException && $e->getStatus() >= 400 && $e->getStatus() < 500) {
            if ($e->getStatus() === 400) {
                return sprintf('Der Termin am %s um %s Uhr ist leider nicht mehr frei. Möchten Sie eine andere Uhrzeit?',
                    $this->answers->day($request->start), $this->answers->time($request->start));
            }
            return 'Entschuldigung, diesen Termin kann ich leider nicht buchen. Möchten Sie eine andere Uhrzeit?';
        }
        if ($e instanceof RateLimitException) {
            return 'Entschuldigung, unser Buchungssystem ist gerade ausgelastet. Bitte versuchen Sie es in einer Minute noch einmal.';
        }
        if ($ambiguous) {
            return 'Entschuldigung, unser Buchungssystem hat nicht rechtzeitig geantwortet. Ich kann Ihren Termin im Moment nicht bestätigen. Bitte versuchen Sie es gleich noch einmal.';
        }
        return 'Entschuldigung, unser Buchungssystem ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal.';
    }

    /** The booking exists in Cal.com: it gets its local row whatever else fails. */
    private function store(AgentCall $call, BookingRequest $request, array $booking, Company $company): string
    {
        $assignment = $this->assigner->assign($booking, $company->id, $request->preferredStaffId, 'phone');
        $values = [
            'company_id' => $company->id,
            'calcom_booking_id' => isset($booking['id']) && is_int($booking['id']) ? $booking['id'] : null,
            'event_type_id' => $request->eventTypeId,
            'status' => 'scheduled',
            'starts_at' => UtcTime::parse($booking['start'] ?? null) ?? $request->start,
            'ends_at' => UtcTime::parse($booking['end'] ?? null) ?? $request->end,
            'customer_name' => $request->name,
            'customer_email' => $request->emailGiven ? $request->email : null,
            'customer_phone' => $request->phone,
            'service_name' => $request->serviceName,
            'source' => 'phone',
            'call_id' => $call->call_id,
            'preferred_staff_id' => $request->preferredStaffId,
        ];
        $assigned = [
            'staff_id' => $assignment['staff_id'],
            'calcom_host_id' => $assignment['calcom_host_id'],
            'assignment_source' => $assignment['match']['source'] ?? null,
            'assignment_confidence' => isset($assignment['match']['confidence']) ? (int) $assignment['match']['confidence'] : null,
        ];

        try {
            $appointment = DB::transaction(function () use ($booking, $values, $assigned, $call) {
                // The webhook may have stored this booking first: complete that row.
                $appointment = Appointment::query()->where('calcom_v2_booking_uid', $booking['uid'])->lockForUpdate()->first();
                if ($appointment === null) {
                    $appointment = Appointment::create($values + $assigned + ['calcom_v2_booking_uid' => $booking['uid']]);
                } else {
                    $appointment->fill($values);
                    if ($appointment->staff_id === null) {
                        $appointment->fill($assigned);
                    }
                    $appointment->save();
                }
                $call->fill(['state' => AgentCall::BOOKED, 'appointment_id' => $appointment->id, 'last_error' => null])->save();
                return $appointment;
            });
        } catch (Throwable $e) {
            // Cal.com has the booking but the database refused it: never hide it.
            $this->mark($call, AgentCall::AMBIGUOUS, $e);
            Log::critical('book_appointment: booked in Cal.com but not stored locally', [
                'call_id' => $call->call_id, 'uid' => $booking['uid'], 'error' => self::describe($e)]);
            return sprintf('Ihr Termin für %s am %s um %s Uhr ist gebucht.', $request->serviceName,
                $this->answers->day($request->start), $this->answers->time($request->start));
        }

        if ($appointment->staff_id === null) {
            Log::warning('book_appointment: appointment stored without staff', ['appointment_id' => $appointment->id,
                'uid' => $appointment->calcom_v2_booking_uid, 'calcom_host_id' => $appointment->calcom_host_id]);
        }
        return $this->answers->booked($appointment->fresh(['staff', 'preferredStaff']));
    }

    private function mark(AgentCall $call, string $state, Throwable $e): void
    {
        try {
            $call->fill(['state' => $state, 'last_error' => substr(self::describe($e), 0, 250)])->save();
        } catch (Throwable $ignored) {
            Log::error('book_appointment: could not record the call state', ['call_id' => $call->call_id, 'state' => $state]);
        }
    }

    private static function describe(Throwable $e): string
    {
        return (new \ReflectionClass($e))->getShortName() . ': ' . $e->getMessage();
    }
}
