<?php

namespace Calbook\Laravel\Tests\Unit;

use Calbook\Laravel\DropIn\CalcomV2Client;
use Calbook\Laravel\Exceptions\NotFakedException;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Testing\RecordedRequest;
use Calbook\Laravel\Testing\StrayRequestException;
use Calbook\Laravel\Tests\TestCase;
use Calbook\Response;
use PHPUnit\Framework\AssertionFailedError;

/** Calbook::fake(): stubs, sequences, recorded requests and assertions, without any server. */
final class FakeTest extends TestCase
{
    protected function defineEnvironment($app): void
    {
        $app['config']->set('calbook.connections.salon-42', ['api_key' => 'k42', 'team_id' => 4242]);
        $app['config']->set('calbook.tenants.companies', [42 => 'salon-42']);
    }

    public function test_without_stubs_every_call_gets_200_with_an_empty_object_and_is_recorded(): void
    {
        Calbook::fake();
        $r = Calbook::connection()->createBooking(['eventTypeId' => 501, 'start' => '2050-09-05T07:00:00Z', 'name' => 'Erika', 'email' => 'erika@example.org']);
        $this->assertInstanceOf(Response::class, $r);
        $this->assertSame(200, $r->status());
        $this->assertSame('{}', $r->body());
        $this->assertSame([], $r->json());

        $this->assertFalse(Calbook::connection()->hasClient(), 'the fake never builds a client');
        Calbook::assertSent('createBooking');
        Calbook::assertSent('POST /bookings');
        Calbook::assertSent('POST /v2/bookings');
        Calbook::assertSent(fn (RecordedRequest $req, Response $res) => $req->data('email') === 'erika@example.org' && $res->status() === 200);
        Calbook::assertNotSent('getBooking');
        Calbook::assertSentCount(1);
    }

    public function test_stubs_by_method_name_pattern_and_wildcard_first_match_wins(): void
    {
        Calbook::fake([
            'getBooking' => Calbook::data(['uid' => 'abc', 'hosts' => [['id' => 101]]]),
            'POST /bookings/*/cancel' => Calbook::data(['status' => 'cancelled']),
            'GET /v2/bookings' => ['status' => 'success', 'data' => []],
            '/slots*' => 503,
            '*' => Calbook::response('nope', 418),
        ]);
        $c = Calbook::connection();
        $this->assertSame(101, $c->getBooking('abc')->json('data.hosts.0.id'));
        $this->assertSame('cancelled', $c->cancelBooking('abc', 'Kunde')->data()['status']);
        $this->assertSame([], $c->getBookings(['status' => ['upcoming']])->data());
        $this->assertSame(503, $c->getAvailableSlots(['eventTypeId' => 501])->status());
        $this->assertSame(503, $c->reserveSlot(['eventTypeId' => 501])->status());
        $this->assertSame(418, $c->request('GET', '/me')->status());
        $this->assertSame(418, $c->getEventTypes()->status());

        Calbook::assertSent(fn ($r) => $r->method === 'cancelBooking' && $r->path === '/bookings/abc/cancel'
            && $r->pathTemplate === '/bookings/{uid}/cancel' && $r->body === ['cancellationReason' => 'Kunde']);
        Calbook::assertSent(fn ($r) => $r->method === 'getBookings' && $r->query === ['status' => ['upcoming']]);
        Calbook::assertSent('GET /teams/42/event-types');   // the default connection has team 42
        Calbook::assertSentInOrder(['getBooking', 'cancelBooking', 'GET /bookings', '/slots', 'POST /slots/reservations', 'request']);
        Calbook::assertSentCount(2, '/slots*');
    }

    public function test_team_scoped_paths_follow_the_connection_team(): void
    {
        Calbook::fake();
        Calbook::connection()->getEventType(501);
        Calbook::forCompany(42)->updateEventType(7, ['title' => 'Neu']);
        Calbook::forCompany(42)->getTeamMembers();
        Calbook::assertSent('GET /teams/42/event-types/501');
        Calbook::assertSent(fn ($r) => $r->line() === 'PATCH /teams/4242/event-types/7' && $r->companyId === 42 && $r->data('title') === 'Neu');
        Calbook::assertSent('GET /teams/4242/memberships');
        Calbook::assertNotSent(fn ($r) => $r->companyId === 99);
    }

    public function test_sequences_and_callables(): void
    {
        Calbook::fake([
            'createBooking' => Calbook::sequence()
                ->push(['error' => ['message' => 'busy']], 400)
                ->pushResponse(Calbook::data(['uid' => 'second'], 201)),
            'getBooking' => fn (RecordedRequest $r) => $r->args[0] === 'known' ? Calbook::data(['uid' => 'known']) : null,
            'GET /bookings/*' => 404,
        ]);
        $c = Calbook::connection();
        $this->assertSame(400, $c->createBooking([])->status());
        $this->assertSame('second', $c->createBooking([])->json('data.uid'));
        try {
            $c->createBooking([]);
            $this->fail('an exhausted sequence must throw');
        } catch (\OutOfBoundsException $e) {
            $this->assertStringContainsString('ran out of responses', $e->getMessage());
        }
        $this->assertSame('known', $c->getBooking('known')->json('data.uid'));
        $this->assertSame(404, $c->getBooking('other')->status(), 'a callable returning null falls through');
        $this->expectException(\Calbook\NotFoundException::class);
        $c->getBooking('other')->throw();
    }

    public function test_when_empty_and_thrown_exceptions(): void
    {
        Calbook::fake([
            'getBooking' => Calbook::sequence([Calbook::data(['n' => 1])])->whenEmpty(Calbook::data(['n' => 0])),
            'createBooking' => new \Calbook\TransportException('calbook: POST /bookings failed: timeout'),
        ]);
        $c = Calbook::connection();
        $this->assertSame([1, 0, 0], [$c->getBooking('a')->json('data.n'), $c->getBooking('a')->json('data.n'), $c->getBooking('a')->json('data.n')]);
        try {
            $c->createBooking([]);
            $this->fail('no exception');
        } catch (\Calbook\TransportException $e) {
            $this->assertSame('calbook: POST /bookings failed: timeout', $e->getMessage());
        }
        Calbook::assertSent(fn ($r, $answer) => $r->method === 'createBooking' && $answer instanceof \Calbook\TransportException);
    }

    public function test_get_bookings_by_uid_answers_each_uid(): void
    {
        Calbook::fake([
            'GET /bookings/a' => Calbook::data(['uid' => 'a']),
            'GET /bookings/b' => new \Calbook\TransportException('down'),
            'GET /bookings/*' => 404,
        ]);
        $out = Calbook::connection()->getBookingsByUid(['a', 'b', 'c', 'a']);
        $this->assertSame(['a', 'b', 'c'], array_keys($out));
        $this->assertSame('a', $out['a']->json('data.uid'));
        $this->assertInstanceOf(\Calbook\TransportException::class, $out['b']);
        $this->assertSame(404, $out['c']->status());
        Calbook::assertSentCount(3, 'getBookingsByUid');
    }

    public function test_prevent_stray_requests(): void
    {
        Calbook::fake(['getBooking' => Calbook::data([])])->preventStrayRequests();
        $this->assertSame(200, Calbook::connection()->getBooking('x')->status());
        $this->expectException(StrayRequestException::class);
        $this->expectExceptionMessage('no stub for POST /bookings (createBooking)');
        Calbook::connection()->createBooking([]);
    }

    public function test_assertions_fail_when_they_should(): void
    {
        Calbook::fake();
        Calbook::assertNothingSent();
        Calbook::connection()->getWebhooks();
        foreach ([
            fn () => Calbook::assertNothingSent(),
            fn () => Calbook::assertSent('createBooking'),
            fn () => Calbook::assertNotSent('GET /webhooks'),
            fn () => Calbook::assertSentCount(2),
            fn () => Calbook::assertSentInOrder(['createBooking', 'getWebhooks']),
        ] as $i => $assertion) {
            try {
                $assertion();
                $this->fail("assertion $i passed");
            } catch (AssertionFailedError $e) {
                $this->assertStringStartsWith('calbook:', $e->getMessage());
            }
        }
    }

    public function test_assertions_without_fake_and_unfake(): void
    {
        try {
            Calbook::assertNothingSent();
            $this->fail('no exception');
        } catch (NotFakedException $e) {
            $this->assertSame('calbook: call Calbook::fake() before asserting on requests', $e->getMessage());
        }
        Calbook::fake();
        $this->assertTrue(Calbook::isFaking());
        Calbook::unfake();
        $this->assertFalse(Calbook::isFaking());
        // Real again: the connection points at a closed port, so the call fails in transport.
        $this->expectException(\Calbook\TransportException::class);
        Calbook::connection()->getBooking('abc');
    }

    public function test_faking_applies_to_connections_made_before_it(): void
    {
        $c = Calbook::connection();
        Calbook::fake(['getBooking' => Calbook::data(['uid' => 'x'])]);
        $this->assertSame('x', $c->getBooking('x')->json('data.uid'));
        Calbook::fake(['getWebhooks' => Calbook::data([['id' => 1]])]);   // a second fake() adds stubs
        $this->assertSame(1, $c->getWebhooks()->json('data.0.id'));
        $this->assertSame('x', $c->getBooking('x')->json('data.uid'));
        $this->assertSame(['requests' => 0, 'retries' => 0, 'connections_opened' => 0, 'connections_reused' => 0,
            'bytes_sent' => 0, 'bytes_received' => 0, 'logger_errors' => 0, 'rate_limiter_errors' => 0, 'rate_limiter_wait_ms' => 0], $c->stats());
    }

    public function test_the_drop_in_works_under_the_fake(): void
    {
        Calbook::fake(['POST /bookings' => Calbook::data(['id' => 1001, 'uid' => 'u1', 'hosts' => [['id' => 102]]], 201)]);
        $r = app(CalcomV2Client::class)->createBooking(['eventTypeId' => 501, 'start' => '2050-09-05T09:00:00+02:00', 'name' => 'E M', 'email' => 'e@example.org', 'end' => 'dropped']);
        $this->assertInstanceOf(\Illuminate\Http\Client\Response::class, $r);
        $this->assertSame(201, $r->status());
        $this->assertSame(102, $r->json('data.hosts.0.id'));
        Calbook::assertSent(fn ($req) => $req->body === ['eventTypeId' => 501, 'start' => '2050-09-05T07:00:00Z', 'name' => 'E M', 'email' => 'e@example.org']);
    }

    public function test_bad_stub_values_are_refused(): void
    {
        $this->expectException(\InvalidArgumentException::class);
        $this->expectExceptionMessage('a stub must be a Calbook\Response, array, string, int, sequence, Throwable or callable, float given');
        Calbook::fake(['getBooking' => 1.5]);
    }
}
