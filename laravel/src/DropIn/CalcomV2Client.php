<?php

namespace Calbook\Laravel\DropIn;

use Calbook\Laravel\CalbookManager;
use Calbook\Laravel\Connection;
use Calbook\Response as CalbookResponse;
use Carbon\CarbonImmutable;
use GuzzleHttp\Promise\Promise;
use GuzzleHttp\Promise\PromiseInterface;
use GuzzleHttp\Psr7\Response as Psr7Response;
use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\Client\Response;

/**
 * A drop-in for the application's former App\Services\CalcomV2Client: the same public methods and
 * arguments, each returning an Illuminate\Http\Client\Response (successful(), json(), status(),
 * body() work as before), so controllers change the binding, not their code:
 *
 *   $this->app->bind(\App\Services\CalcomV2Client::class, fn ($app, $p) => new \Calbook\Laravel\DropIn\CalcomV2Client($p['company'] ?? null));
 *
 * The requests are made by the calbook extension over the connection of the company (or the
 * default connection), with the right cal-api-version per family, escaped ids, no retried
 * creates, and the v2 endpoints where the original used old ones (the package README lists every
 * difference). A transport failure throws Illuminate\Http\Client\ConnectionException, as Laravel's
 * HTTP client does; input that cannot be sent (a start time that is not a time, an unknown event
 * type id format) gives a 400 Response that was never sent, marked with the header
 * X-Calbook-Local: invalid-argument.
 */
class CalcomV2Client
{
    /** Keys createBooking() passes on (the original read these and ignored the rest). */
    private const BOOKING_KEYS = ['eventTypeId', 'start', 'name', 'email', 'timeZone', 'phone', 'language', 'guests',
        'location', 'lengthInMinutes', 'metadata', 'bookingFieldsResponses', 'attendee', 'eventTypeSlug', 'username',
        'teamSlug', 'organizationSlug'];

    protected Connection $connection;

    /**
     * @param mixed $company null (the default connection), a company model or object with an id
     *                       (getKey() or ->id), a company id, or a Connection
     */
    public function __construct(mixed $company = null)
    {
        $manager = app(CalbookManager::class);
        $this->connection = match (true) {
            $company instanceof Connection => $company,
            $company === null => $manager->connection(),
            is_int($company), is_string($company) => $manager->forCompany($company),
            is_object($company) && method_exists($company, 'getKey') => $manager->forCompany($company->getKey()),
            is_object($company) && isset($company->id) => $manager->forCompany($company->id),
            default => throw new \InvalidArgumentException('CalcomV2Client: $company must be null, a company id, a model or a Connection, ' . get_debug_type($company) . ' given'),
        };
    }

    public function connection(): Connection
    {
        return $this->connection;
    }

    /**
     * Original: GET /slots/available (startTime, endTime). Now: GET /v2/slots (cal-api-version
     * 2024-09-04) with start, end, timeZone; the answer is returned in the original's shape,
     * {"status":"success","data":{"slots":{"YYYY-MM-DD":[{"time":"...Z"}]}}}, times in UTC.
     */
    public function getAvailableSlots(int $eventTypeId, string $startDate, string $endDate, string $timeZone = 'Europe/Berlin'): Response
    {
        return $this->send(function () use ($eventTypeId, $startDate, $endDate, $timeZone) {
            $query = ['eventTypeId' => $eventTypeId, 'start' => $startDate, 'end' => $endDate, 'timeZone' => $timeZone];
            $r = $this->connection->getAvailableSlots($query);
            if (!$r->successful() || !is_array($r->json('data'))) {
                return $r;
            }
            $slots = [];
            foreach ($r->json('data') as $day => $list) {
                foreach ((array) $list as $slot) {
                    $start = is_array($slot) ? ($slot['start'] ?? $slot['time'] ?? null) : null;
                    if (is_string($start)) {
                        $utc = CarbonImmutable::parse($start)->utc();
                        $slots[$day][] = ['time' => $utc->format('Y-m-d\TH:i:s.v\Z')];
                    }
                }
            }
            return self::calbookResponse(['status' => 'success', 'data' => ['slots' => (object) $slots]], $r->status(), $r);
        });
    }

    /**
     * POST /v2/bookings (2024-08-13). The flat input of the original (eventTypeId, start, name,
     * email, timeZone (default Europe/Berlin), phone, metadata, bookingFieldsResponses, ...) is
     * accepted; other keys are dropped as the original dropped them. A start without an offset is
     * read in the attendee's time zone and sent in UTC (a DateTimeInterface is converted too). Never retried after it may have been sent
     * (the original retried on 409 and 429 and could book twice). When Cal.com's answer lacks the
     * host, the extension fetches the booking once, so json('data.hosts') is there.
     */
    public function createBooking(array $bookingData): Response
    {
        return $this->send(function () use ($bookingData) {
            $input = array_intersect_key($bookingData, array_flip(self::BOOKING_KEYS));
            if (isset($input['start']) && ($input['start'] instanceof \DateTimeInterface)) {
                $input['start'] = CarbonImmutable::instance($input['start'])->utc()->format('Y-m-d\TH:i:s\Z');
            } elseif (isset($input['start']) && is_string($input['start'])) {
                $tz = $input['attendee']['timeZone'] ?? $input['timeZone'] ?? 'Europe/Berlin';
                $input['start'] = self::utc($input['start'], is_string($tz) ? $tz : 'Europe/Berlin');
            }
            return $this->connection->createBooking($input);
        });
    }

    /**
     * The original returned a Guzzle promise of a parallel request. This promise runs the create
     * when it is waited on (Utils::all(...)->wait(), ->wait()), one create after another over the
     * kept connection; it resolves to the Response or is rejected with ConnectionException.
     */
    public function createBookingAsync(array $bookingData): PromiseInterface
    {
        $promise = new Promise(function () use (&$promise, $bookingData) {
            try {
                $promise->resolve($this->createBooking($bookingData));
            } catch (\Throwable $e) {
                $promise->reject($e);
            }
        });
        return $promise;
    }

    /** POST /v2/bookings/{uid}/cancel {cancellationReason}. A numeric id is looked up first (GET) for its uid. */
    public function cancelBooking(int|string $bookingUidOrId, string $reason = ''): Response
    {
        return $this->send(function () use ($bookingUidOrId, $reason) {
            $uid = $this->uidOf($bookingUidOrId);
            if ($uid instanceof CalbookResponse) {
                return $uid;
            }
            return $this->connection->cancelBooking($uid, $reason === '' ? null : $reason);
        });
    }

    /**
     * Original: PATCH /bookings/{id} {start, end, timeZone, reason} (not a v2 endpoint). Now:
     * POST /v2/bookings/{uid}/reschedule {start (UTC), reschedulingReason, rescheduledBy}; Cal.com
     * computes the end from the event type, so `end` is not sent. The answer is the NEW booking
     * (new id and uid); the old one is cancelled by Cal.com.
     */
    public function rescheduleBooking(int|string $bookingId, array $data): Response
    {
        return $this->send(function () use ($bookingId, $data) {
            $uid = $this->uidOf($bookingId);
            if ($uid instanceof CalbookResponse) {
                return $uid;
            }
            $body = [];
            if (isset($data['start'])) {
                $body['start'] = self::utc((string) $data['start'], (string) ($data['timeZone'] ?? 'Europe/Berlin'));
            }
            $reason = $data['reschedulingReason'] ?? $data['reason'] ?? null;
            if ($reason !== null && $reason !== '') {
                $body['reschedulingReason'] = (string) $reason;
            }
            if (isset($data['rescheduledBy'])) {
                $body['rescheduledBy'] = (string) $data['rescheduledBy'];
            }
            return $this->connection->rescheduleBooking($uid, $body);
        });
    }

    /** GET /v2/bookings with the filters (lists become repeated or comma-separated as Cal.com wants). */
    public function getBookings(array $filters = []): Response
    {
        return $this->send(fn () => $this->connection->getBookings($filters));
    }

    /** GET /v2/bookings/{idOrUid}, the id or uid escaped (the original concatenated it as is). */
    public function getBooking(int|string $bookingId): Response
    {
        return $this->send(fn () => $this->connection->getBooking($bookingId));
    }

    /** GET /v2/teams/{teamId}/event-types with a team id, else GET /v2/event-types (2024-06-14). */
    public function getEventTypes(): Response
    {
        return $this->send(fn () => $this->connection->getEventTypes());
    }

    public function getEventType(int $eventTypeId): Response
    {
        return $this->send(fn () => $this->connection->getEventType($eventTypeId));
    }

    public function createEventType(array $data): Response
    {
        return $this->send(fn () => $this->connection->createEventType($data));
    }

    public function updateEventType(int $eventTypeId, array $data): Response
    {
        return $this->send(fn () => $this->connection->updateEventType($eventTypeId, $data));
    }

    public function deleteEventType(int $eventTypeId): Response
    {
        return $this->send(fn () => $this->connection->deleteEventType($eventTypeId));
    }

    /**
     * POST /v2/webhooks {subscriberUrl, triggers, active: true, secret}. The secret is the
     * tenant's webhook secret (the original read one secret from config for every company).
     */
    public function registerWebhook(string $subscriberUrl, array $triggers = ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED']): Response
    {
        return $this->send(function () use ($subscriberUrl, $triggers) {
            $data = ['subscriberUrl' => $subscriberUrl, 'triggers' => array_values($triggers), 'active' => true];
            $secret = $this->connection->tenant()?->webhookSecret();
            if ($secret !== null) {
                $data['secret'] = $secret;
            }
            return $this->connection->createWebhook($data);
        });
    }

    public function getWebhooks(): Response
    {
        return $this->send(fn () => $this->connection->getWebhooks());
    }

    public function deleteWebhook(int|string $webhookId): Response
    {
        return $this->send(fn () => $this->connection->deleteWebhook($webhookId));
    }

    /**
     * Original: POST /teams/{teamId}/slots/reserve. Now: POST /v2/slots/reservations
     * {eventTypeId, slotStart (UTC), slotDuration (minutes from start to end)} (2024-09-04);
     * json('data.reservationUid') is the id releaseSlot() takes.
     */
    public function reserveSlot(int $eventTypeId, string $slotStart, ?string $slotEnd = null): Response
    {
        return $this->send(function () use ($eventTypeId, $slotStart, $slotEnd) {
            $start = self::utc($slotStart, 'UTC');
            $data = ['eventTypeId' => $eventTypeId, 'slotStart' => $start];
            if ($slotEnd !== null) {
                $minutes = (int) round((CarbonImmutable::parse(self::utc($slotEnd, 'UTC'))->getTimestamp() - CarbonImmutable::parse($start)->getTimestamp()) / 60);
                if ($minutes <= 0) {
                    throw new \Calbook\InvalidArgumentException('reserveSlot: the slot end must be after its start');
                }
                $data['slotDuration'] = $minutes;
            }
            return $this->connection->reserveSlot($data);
        });
    }

    /** Original: DELETE /teams/{teamId}/slots/reserve/{id}. Now: DELETE /v2/slots/reservations/{uid}. */
    public function releaseSlot(string $reservationUid): Response
    {
        return $this->send(fn () => $this->connection->releaseSlot($reservationUid));
    }

    /** A Laravel HTTP client Response with the status, headers and body of a calbook Response. */
    public static function toLaravel(CalbookResponse $response): Response
    {
        return new Response(new Psr7Response($response->status(), $response->headers(), $response->body()));
    }

    /** Runs a call; converts its Calbook\Response, a transport failure and refused input. */
    protected function send(\Closure $call): Response
    {
        try {
            return self::toLaravel($call());
        } catch (\Calbook\TransportException $e) {
            throw new ConnectionException($e->getMessage(), 0, $e);
        } catch (\Calbook\InvalidArgumentException $e) {
            return self::toLaravel(self::calbookResponse([
                'status' => 'error',
                'error' => ['code' => 'BAD_REQUEST', 'message' => $e->getMessage()],
            ], 400, null, ['x-calbook-local' => 'invalid-argument']));
        }
    }

    /** The uid of a booking given by uid, or by numeric id (looked up); a failed lookup's Response. */
    protected function uidOf(int|string $idOrUid): string|CalbookResponse
    {
        if (is_string($idOrUid) && !ctype_digit($idOrUid)) {
            return $idOrUid;
        }
        $r = $this->connection->getBooking($idOrUid);
        $uid = $r->json('data.uid');
        if (!$r->successful() || !is_string($uid)) {
            return $r;
        }
        return $uid;
    }

    /** An ISO time in UTC ("...Z"); a time without an offset is read in $timeZone. */
    protected static function utc(string $time, string $timeZone): string
    {
        try {
            $t = CarbonImmutable::parse($time, $timeZone);
        } catch (\Throwable) {
            throw new \Calbook\InvalidArgumentException('calbook drop-in: a time must be a date and time (ISO 8601); the value given is not readable');
        }
        return $t->utc()->format('Y-m-d\TH:i:s\Z');
    }

    private static function calbookResponse(array $body, int $status, ?CalbookResponse $from, array $headers = []): CalbookResponse
    {
        $keep = $from === null ? [] : array_intersect_key($from->headers(), array_flip(['x-request-id', 'cal-api-version']));
        return new CalbookResponse($status, json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR),
            ['content-type' => 'application/json'] + $headers + $keep);
    }
}
