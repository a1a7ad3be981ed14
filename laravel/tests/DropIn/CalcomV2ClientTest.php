<?php

namespace Calbook\Laravel\Tests\DropIn;

use Calbook\Laravel\DropIn\CalcomV2Client;
use Calbook\Laravel\Exceptions\UnknownTenantException;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;
use GuzzleHttp\Promise\Utils;
use Illuminate\Http\Client\ConnectionException;
use Illuminate\Http\Client\Response;

/** The drop-in against the emulator: real HTTP, the v2 endpoints, the original's signatures. */
final class CalcomV2ClientTest extends EmulatorTestCase
{
    private function client(mixed $company = null): CalcomV2Client
    {
        return $company === null ? app(CalcomV2Client::class) : app(CalcomV2Client::class, ['company' => $company]);
    }

    /** @return list<array> the emulator's request log, without control requests */
    private function requests(): array
    {
        return static::emulator()->stats()['requests'];
    }

    private function book(string $start = '2050-09-05T09:00:00+02:00', array $extra = []): Response
    {
        return $this->client()->createBooking($extra + [
            'eventTypeId' => '501',
            'start' => $start,
            'name' => 'Erika Mustermann',
            'email' => 'erika@example.org',
            'metadata' => ['call_id' => 'c1', 'vip' => true],
        ]);
    }

    public function test_create_booking_from_the_flat_input_returns_a_laravel_response_with_the_host(): void
    {
        $r = $this->book('2050-09-05 09:00', ['end' => '2050-09-05 09:30', 'service_name' => 'ignored']);
        $this->assertInstanceOf(Response::class, $r);
        $this->assertTrue($r->successful());
        $this->assertSame(201, $r->status());
        $this->assertSame('2050-09-05T07:00:00.000Z', $r->json()['data']['start']);   // 09:00 Berlin, sent in UTC
        $this->assertContains($r->json('data.hosts.0.id'), [101, 102, 103]);
        $this->assertSame('true', $r->json('data.metadata.vip'));
        $this->assertSame('application/json', strtok($r->header('Content-Type'), ';'));
        $this->assertNotEmpty($r->header('X-Request-Id'));
        $log = $this->requests();
        $this->assertCount(1, $log, 'hosts were in the create answer: no second request');
        $this->assertSame(['POST', '/v2/bookings', '2024-08-13'], [$log[0]['method'], $log[0]['path'], $log[0]['version']]);
    }

    public function test_create_booking_accepts_a_date_time_object_and_refuses_an_unreadable_start(): void
    {
        $r = $this->client()->createBooking(['eventTypeId' => 501, 'start' => new \DateTimeImmutable('2050-09-05 11:00', new \DateTimeZone('Europe/Berlin')),
            'name' => 'Erika Mustermann', 'email' => 'erika@example.org']);
        $this->assertSame('2050-09-05T09:00:00.000Z', $r->json('data.start'));

        $bad = $this->client()->createBooking(['eventTypeId' => 501, 'start' => 'next tuesday-ish at noonish', 'name' => 'E M', 'email' => 'e@example.org']);
        $this->assertSame(400, $bad->status());
        $this->assertSame('invalid-argument', $bad->header('X-Calbook-Local'));
        $this->assertStringContainsString('a time must be a date and time (ISO 8601)', $bad->json('error.message'));
        $this->assertCount(1, $this->requests(), 'the unreadable start was never sent');
    }

    public function test_create_without_hosts_in_the_answer_fetches_the_booking_once(): void
    {
        static::emulator()->config(['faults' => [['match' => 'POST /v2/bookings$', 'type' => 'create_without_hosts']]]);
        $r = $this->book();
        $this->assertSame(200, $r->status());
        $this->assertContains($r->json('data.hosts.0.id'), [101, 102, 103]);
        $log = $this->requests();
        $this->assertSame(['POST /v2/bookings', 'GET /v2/bookings/' . $r->json('data.uid')],
            array_map(fn ($x) => $x['method'] . ' ' . $x['path'], $log));
    }

    public function test_a_409_or_429_on_create_is_returned_not_retried(): void
    {
        foreach ([409, 429] as $status) {
            static::emulator()->reset();
            static::emulator()->config(['faults' => [['match' => 'POST /v2/bookings$', 'type' => 'status', 'status' => $status]]]);
            $r = $this->book();
            $this->assertSame($status, $r->status());
            $this->assertTrue($r->failed());
            $this->assertCount(1, $this->requests(), "a $status create is sent once");
            $this->assertSame(0, static::emulator()->stats()['bookings_created']);
        }
    }

    public function test_cancel_by_numeric_id_looks_up_the_uid_and_uses_the_v2_path(): void
    {
        $booking = $this->book()->json('data');
        static::emulator()->config(['faults' => []]);
        $r = $this->client()->cancelBooking($booking['id'], 'Kunde hat abgesagt');
        $this->assertTrue($r->successful(), $r->body());
        $this->assertSame('cancelled', $r->json('data.status'));
        $paths = array_map(fn ($x) => $x['method'] . ' ' . $x['path'], array_slice($this->requests(), 1));
        $this->assertSame(['GET /v2/bookings/' . $booking['id'], 'POST /v2/bookings/' . $booking['uid'] . '/cancel'], $paths);

        // By uid: no lookup. Cancelling again is Cal.com's 400, returned as a Response.
        $again = $this->client()->cancelBooking($booking['uid']);
        $this->assertSame(400, $again->status());
        $this->assertSame('This booking has already been cancelled.', $again->json('error.message'));
    }

    public function test_reschedule_posts_to_the_v2_reschedule_path_and_returns_the_new_booking(): void
    {
        $old = $this->book()->json('data');
        $r = $this->client()->rescheduleBooking($old['id'], [
            'start' => '2050-09-05T11:00:00+02:00', 'end' => '2050-09-05T11:30:00+02:00',
            'timeZone' => 'Europe/Berlin', 'reason' => 'Kunde verhindert',
        ]);
        $this->assertSame(201, $r->status(), $r->body());
        $this->assertNotSame($old['uid'], $r->json('data.uid'));
        $this->assertSame($old['uid'], $r->json('data.rescheduledFromUid'));
        $this->assertSame('2050-09-05T09:00:00.000Z', $r->json('data.start'));
        $this->assertSame('Kunde verhindert', $r->json('data.reschedulingReason'));
        $last = array_slice($this->requests(), -1)[0];
        $this->assertSame(['POST', '/v2/bookings/' . $old['uid'] . '/reschedule', '2024-08-13'], [$last['method'], $last['path'], $last['version']]);
    }

    public function test_slots_come_from_v2_slots_in_the_original_shape(): void
    {
        $r = $this->client()->getAvailableSlots(501, '2050-09-05', '2050-09-05');
        $this->assertTrue($r->successful());
        $slots = $r->json('data.slots');
        $this->assertSame(['2050-09-05'], array_keys($slots));
        $this->assertSame(['time' => '2050-09-05T07:00:00.000Z'], $slots['2050-09-05'][0]);
        $log = $this->requests();
        $this->assertSame(['GET', '/v2/slots', '2024-09-04'], [$log[0]['method'], $log[0]['path'], $log[0]['version']]);
        parse_str($log[0]['query'], $q);
        $this->assertSame(['eventTypeId' => '501', 'start' => '2050-09-05', 'end' => '2050-09-05', 'timeZone' => 'Europe/Berlin'], $q);

        // A day without free slots: data.slots is an empty object, as before.
        $sunday = $this->client()->getAvailableSlots(501, '2050-09-04', '2050-09-04');
        $this->assertSame('{"status":"success","data":{"slots":{}}}', $sunday->body());
    }

    public function test_reserve_and_release_use_the_reservations_endpoints(): void
    {
        $r = $this->client()->reserveSlot(501, '2050-09-05T07:00:00Z', '2050-09-05T07:30:00Z');
        $this->assertSame(201, $r->status(), $r->body());
        $this->assertSame(30, $r->json('data.slotDuration'));
        $uid = $r->json('data.reservationUid');
        $this->assertTrue($this->client()->releaseSlot($uid)->successful());
        $this->assertSame(['POST /v2/slots/reservations', 'DELETE /v2/slots/reservations/' . $uid],
            array_map(fn ($x) => $x['method'] . ' ' . $x['path'], $this->requests()));

        $bad = $this->client()->reserveSlot(501, '2050-09-05T07:30:00Z', '2050-09-05T07:00:00Z');
        $this->assertSame(400, $bad->status());
        $this->assertSame('invalid-argument', $bad->header('X-Calbook-Local'));
    }

    public function test_ids_are_never_spliced_into_the_path(): void
    {
        $r = $this->client()->getBooking('../me');
        $this->assertSame(400, $r->status());
        $this->assertSame('invalid-argument', $r->header('X-Calbook-Local'));
        $this->assertSame('BAD_REQUEST', $r->json('error.code'));
        $this->assertSame([], $this->requests(), 'nothing was sent');
    }

    public function test_event_types_and_webhooks_are_team_scoped_and_use_the_tenant_secret(): void
    {
        $types = $this->client()->getEventTypes();
        $this->assertTrue($types->successful());
        $this->assertContains(501, array_column($types->json('data'), 'id'));
        $this->assertSame(501, $this->client()->getEventType(501)->json('data.id'));

        $hook = $this->client()->registerWebhook('http://127.0.0.1:9/hook', ['BOOKING_CREATED']);
        $this->assertSame(201, $hook->status(), $hook->body());
        $this->assertSame(['BOOKING_CREATED'], $hook->json('data.triggers'));
        $list = $this->client()->getWebhooks();
        $this->assertSame('http://127.0.0.1:9/hook', $list->json('data.0.subscriberUrl'));
        $this->assertTrue($this->client()->deleteWebhook($hook->json('data.id'))->successful());
        $paths = array_map(fn ($x) => $x['method'] . ' ' . $x['path'], $this->requests());
        $this->assertSame(['GET /v2/teams/42/event-types', 'GET /v2/teams/42/event-types/501', 'POST /v2/webhooks',
            'GET /v2/webhooks', 'DELETE /v2/webhooks/' . $hook->json('data.id')], $paths);
    }

    public function test_the_registered_webhook_carries_the_tenant_secret(): void
    {
        $hook = $this->client()->registerWebhook('http://127.0.0.1:9/hook');
        $this->assertSame(201, $hook->status());
        $this->assertSame(static::WEBHOOK_SECRET, $hook->json('data.secret'));
        $this->assertSame(['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'], $hook->json('data.triggers'));

        // A connection without a secret registers none (Cal.com then signs with no secret).
        config(['calbook.connections.default.webhook_secret' => null]);
        Calbook::forgetConnections();
        $plain = $this->client()->registerWebhook('http://127.0.0.1:9/other');
        $this->assertSame(201, $plain->status());
        $this->assertNull($plain->json('data.secret'));
    }

    public function test_create_booking_async_resolves_to_responses(): void
    {
        $client = $this->client();
        $results = Utils::all([
            $client->createBookingAsync(['eventTypeId' => 501, 'start' => '2050-09-06T07:00:00Z', 'name' => 'A Eins', 'email' => 'a@example.org']),
            $client->createBookingAsync(['eventTypeId' => 501, 'start' => '2050-09-06T07:00:00Z', 'name' => 'B Zwei', 'email' => 'b@example.org']),
        ])->wait();
        $this->assertSame([201, 201], [$results[0]->status(), $results[1]->status()]);
        $this->assertNotSame($results[0]->json('data.hosts.0.id'), $results[1]->json('data.hosts.0.id'));
    }

    public function test_a_transport_failure_is_a_connection_exception(): void
    {
        config(['calbook.connections.default.base_url' => 'http://127.0.0.1:9/v2']);
        try {
            $this->client()->getBooking('abc');
            $this->fail('no exception');
        } catch (ConnectionException $e) {
            $this->assertInstanceOf(\Calbook\TransportException::class, $e->getPrevious());
            $this->assertFalse($e->getPrevious()->mayHaveReachedServer());
        }

        $promise = $this->client()->createBookingAsync(['eventTypeId' => 501, 'start' => '2050-09-06T07:00:00Z', 'name' => 'A Eins', 'email' => 'a@example.org']);
        $this->expectException(ConnectionException::class);
        $promise->wait();
    }

    public function test_a_company_uses_its_tenant_connection_and_an_unknown_one_is_refused(): void
    {
        Calbook::resolveTenantsUsing(fn ($id) => $id === 7 ? ['api_key' => static::emulator()->apiKey, 'team_id' => 42] : null);
        $company = new class { public int $id = 7; };
        $client = $this->client($company);
        $this->assertSame('tenant:7', $client->connection()->name());
        $this->assertTrue($client->getBooking('abc')->clientError());

        $this->expectException(UnknownTenantException::class);
        $this->client(8);
    }
}
