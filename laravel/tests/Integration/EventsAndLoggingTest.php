<?php

namespace Calbook\Laravel\Tests\Integration;

use Calbook\Laravel\Events\CalcomRequestFailed;
use Calbook\Laravel\Events\CalcomResponseReceived;
use Calbook\Laravel\Facades\Calbook;
use Calbook\Laravel\Tests\EmulatorTestCase;
use Illuminate\Support\Facades\Event;
use Monolog\Handler\TestHandler;
use Monolog\Logger;

/** Events and the log channel with real HTTP: attempts, retries, request ids, redaction. */
final class EventsAndLoggingTest extends EmulatorTestCase
{
    public static ?TestHandler $handler = null;

    protected function defineEnvironment($app): void
    {
        parent::defineEnvironment($app);
        self::$handler = new TestHandler();
        $app['config']->set('logging.channels.calcom', [
            'driver' => 'custom',
            'via' => fn () => new Logger('calcom', [self::$handler]),
        ]);
        $app['config']->set('calbook.log_channel', 'calcom');
    }

    private function book(): \Calbook\Response
    {
        return Calbook::connection()->createBooking(['eventTypeId' => 501, 'start' => '2050-09-05T07:00:00Z', 'name' => 'Erika Mustermann', 'email' => 'erika@example.org']);
    }

    public function test_a_call_logs_one_entry_per_attempt_and_fires_received(): void
    {
        Event::fake([CalcomResponseReceived::class]);
        $r = $this->book();
        $this->assertSame(201, $r->status());
        Event::assertDispatched(CalcomResponseReceived::class, fn ($e) => $e->status === 201 && $e->attempts === 1
            && $e->retries === 0 && $e->requestId === $r->header('x-request-id') && $e->call->pathTemplate === '/bookings');
        $records = self::$handler->getRecords();
        $this->assertCount(2, $records);   // the attempt, and "create response has hosts"
        $this->assertSame('calbook: POST /v2/bookings 201', $records[0]['message']);
        $this->assertSame(['method', 'path', 'status', 'duration_ms', 'attempt', 'request_id', 'connection'], array_keys($records[0]['context']));
        $this->assertSame('calbook: create response has hosts', $records[1]['message']);
    }

    public function test_retries_are_counted_and_logged(): void
    {
        static::emulator()->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 503]]]);
        Event::fake([CalcomResponseReceived::class]);
        $uid = $this->book()->json('data.uid');
        static::emulator()->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 503]]]);
        self::$handler->clear();
        $r = Calbook::connection()->getBooking($uid);
        $this->assertSame(200, $r->status());
        Event::assertDispatched(CalcomResponseReceived::class, fn ($e) => $e->call->method === 'getBooking'
            && $e->attempts === 2 && $e->retries === 1 && $e->status === 200);
        $messages = array_map(fn ($x) => $x['message'], self::$handler->getRecords());
        $this->assertSame('calbook: GET /v2/bookings/{uid} 503', $messages[0]);
        $this->assertStringStartsWith('calbook: retrying GET /v2/bookings/{uid} after a server error', $messages[1]);
        $this->assertSame('calbook: GET /v2/bookings/{uid} 200', $messages[2]);
        $this->assertStringNotContainsString($uid, json_encode(self::$handler->getRecords()));
    }

    public function test_a_host_fetch_after_create_is_logged_without_the_uid(): void
    {
        static::emulator()->config(['faults' => [['match' => 'POST /v2/bookings$', 'type' => 'create_without_hosts']]]);
        Event::fake([CalcomResponseReceived::class]);
        $r = $this->book();
        $uid = $r->json('data.uid');
        Event::assertDispatched(CalcomResponseReceived::class, fn ($e) => $e->attempts === 2 && $e->status === 200);
        $messages = array_map(fn ($x) => $x['message'], self::$handler->getRecords());
        $this->assertContains('calbook: create response without hosts; fetched the booking', $messages);
        $all = json_encode(self::$handler->getRecords());
        $this->assertStringNotContainsString($uid, $all);
        $this->assertStringNotContainsString('erika', strtolower($all));
        $this->assertStringNotContainsString(static::emulator()->apiKey, $all);
    }

    public function test_a_transport_failure_fires_failed_and_logs_a_warning(): void
    {
        config(['calbook.connections.default.base_url' => 'http://127.0.0.1:9/v2']);
        Calbook::forgetConnections();
        Event::fake([CalcomRequestFailed::class]);
        try {
            Calbook::connection()->getBooking('abc');
            $this->fail('no exception');
        } catch (\Calbook\TransportException) {
        }
        Event::assertDispatched(CalcomRequestFailed::class, fn ($e) => $e->mayHaveReachedServer === false
            && $e->curlCode === 7 && $e->attempts >= 1 && $e->retries === $e->attempts - 1);
        $this->assertTrue(self::$handler->hasWarningThatContains('calbook: GET /v2/bookings/{uid} failed'));
    }

    public function test_get_bookings_by_uid_fires_one_event_for_the_batch(): void
    {
        $a = $this->book()->json('data.uid');
        Event::fake([CalcomResponseReceived::class]);
        $out = Calbook::connection()->getBookingsByUid([$a, 'doesNotExist1']);
        $this->assertSame(200, $out[$a]->status());
        $this->assertSame(404, $out['doesNotExist1']->status());
        Event::assertDispatchedTimes(CalcomResponseReceived::class, 1);
        Event::assertDispatched(CalcomResponseReceived::class, fn ($e) => $e->count === 2 && $e->status === 200 && $e->attempts === 2);
    }

    public function test_one_client_serves_many_calls_over_one_connection(): void
    {
        $c = Calbook::connection();
        $this->book();
        $c->request('GET', '/me');
        $c->getWebhooks();
        // At most one new connection (none when the process pool still held one from an earlier
        // client of this worker); the other calls reuse it.
        $stats = $c->stats();
        $this->assertSame(3, $stats['requests']);
        $this->assertLessThanOrEqual(1, $stats['connections_opened']);
        $this->assertSame(3 - $stats['connections_opened'], $stats['connections_reused']);
        $this->assertLessThanOrEqual(1, static::emulator()->stats()['connections']);
    }
}
