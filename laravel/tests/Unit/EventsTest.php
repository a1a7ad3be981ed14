<?php

namespace Calbook\Laravel\Tests\Unit;

use Calbook\Laravel\Events\CalcomRequestFailed;
use Calbook\Laravel\Events\CalcomRequestSending;
use Calbook\Laravel\Events\CalcomResponseReceived;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\TestCase;
use Illuminate\Support\Facades\Event;

/** Events around every call, under the fake: what they carry and what they never carry. */
final class EventsTest extends TestCase
{
    public function test_sending_and_received_with_a_path_template_and_no_ids_or_data(): void
    {
        Event::fake([CalcomRequestSending::class, CalcomResponseReceived::class, CalcomRequestFailed::class]);
        Calbook::fake(['*' => Calbook::data(['ok' => true], 201, ['x-request-id' => 'req-1'])]);
        Calbook::connection()->cancelBooking('UidOfErika123', 'Erika Mustermann hat abgesagt');

        Event::assertDispatched(CalcomRequestSending::class, fn ($e) => $e->call->toArray() === [
            'connection' => 'default', 'method' => 'cancelBooking', 'verb' => 'POST',
            'path' => '/bookings/{uid}/cancel', 'family' => 'bookings',
        ]);
        Event::assertDispatched(CalcomResponseReceived::class, function (CalcomResponseReceived $e) {
            return $e->status === 201 && $e->successful() && $e->attempts === 1 && $e->retries === 0
                && $e->requestId === 'req-1' && $e->durationMs >= 0 && $e->call->method === 'cancelBooking';
        });
        Event::assertNotDispatched(CalcomRequestFailed::class);

        $all = serialize(Event::dispatched(CalcomRequestSending::class)->merge(Event::dispatched(CalcomResponseReceived::class))->all());
        $this->assertStringNotContainsString('UidOfErika123', $all);
        $this->assertStringNotContainsString('Erika', $all);
        $this->assertStringNotContainsString('cal_test_fake', $all);
    }

    public function test_templates_and_families_of_every_kind_of_call(): void
    {
        Event::fake([CalcomRequestSending::class]);
        Calbook::fake();
        $c = Calbook::connection();
        $c->getBooking(1001);
        $c->reassignBooking('abc', 102, 'krank');
        $c->getAvailableSlots(['eventTypeId' => 501]);
        $c->releaseSlot('res123');
        $c->deleteEventType(7);
        $c->deleteWebhook(9);
        $c->getTeamMembers();
        $c->request('GET', '/schedules/77');
        $c->request('POST', '/bookings/abcdef/guests', ['json' => ['guests' => []]]);
        $c->request('GET', '/teams/42/memberships/4201');
        $seen = array_map(fn ($e) => [$e[0]->call->verb . ' ' . $e[0]->call->pathTemplate, $e[0]->call->family], Event::dispatched(CalcomRequestSending::class)->all());
        $this->assertSame([
            ['GET /bookings/{uid}', 'bookings'],
            ['POST /bookings/{uid}/reassign/{userId}', 'bookings'],
            ['GET /slots', 'slots'],
            ['DELETE /slots/reservations/{uid}', 'slots'],
            ['DELETE /teams/{teamId}/event-types/{id}', 'event_types'],
            ['DELETE /webhooks/{id}', 'webhooks'],
            ['GET /teams/{teamId}/memberships', 'memberships'],
            ['GET /schedules/{id}', 'schedules'],
            ['POST /bookings/{uid}/guests', 'bookings'],
            ['GET /teams/{id}/memberships/{id}', 'memberships'],
        ], $seen);
    }

    public function test_failed_carries_the_class_not_the_message(): void
    {
        Event::fake([CalcomRequestFailed::class, CalcomResponseReceived::class]);
        Calbook::fake(['createBooking' => new \Calbook\TransportException('calbook: POST /bookings failed: Erika')]);
        try {
            Calbook::connection()->createBooking(['name' => 'Erika']);
            $this->fail('no exception');
        } catch (\Calbook\TransportException) {
        }
        Event::assertDispatched(CalcomRequestFailed::class, fn ($e) => $e->exception === \Calbook\TransportException::class
            && $e->mayHaveReachedServer === true && $e->curlCode === 0 && $e->call->pathTemplate === '/bookings');
        Event::assertNotDispatched(CalcomResponseReceived::class);
        $this->assertStringNotContainsString('Erika', serialize(Event::dispatched(CalcomRequestFailed::class)->all()));
    }

    public function test_refused_input_is_a_failure_that_never_reached_the_server(): void
    {
        Event::fake([CalcomRequestFailed::class]);
        // Real client (no fake): the extension refuses the uid before sending anything.
        try {
            Calbook::connection()->getBooking('../me');
            $this->fail('no exception');
        } catch (\Calbook\InvalidArgumentException) {
        }
        Event::assertDispatched(CalcomRequestFailed::class, fn ($e) => $e->exception === \Calbook\InvalidArgumentException::class
            && $e->mayHaveReachedServer === false && $e->attempts === 0 && $e->curlCode === null);
    }

    public function test_events_can_be_turned_off(): void
    {
        $c = Calbook::connection();
        config(['calbook.events' => false]);
        Event::fake([CalcomRequestSending::class, CalcomResponseReceived::class]);
        Calbook::fake();
        $c->getWebhooks();
        Event::assertNothingDispatched();
        Calbook::assertSent('getWebhooks');
    }
}
