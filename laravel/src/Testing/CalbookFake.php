<?php

namespace Calbook\Laravel\Testing;

use Calbook\Laravel\Connection;
use Calbook\Response;
use Illuminate\Support\Str;
use PHPUnit\Framework\Assert as PHPUnit;

/**
 * Calbook::fake(): connections answer from stubs instead of Cal.com, and record every call.
 *
 * Stub keys (checked in the order given; the first match answers):
 *   'createBooking'            a Connection method name
 *   'POST /bookings'           a verb and a path relative to /v2 ('/v2/...' is accepted too)
 *   'GET /bookings/*'          '*' matches any characters; '*' as the verb matches any verb
 *   '/slots'                   a path alone: any verb
 *   '*'                        everything
 * Values: a Calbook\Response (Calbook::response(), Calbook::data()), an array (a 200 JSON body),
 * a string (a 200 body), an int (that status, empty body), a ResponseSequence
 * (Calbook::sequence()), a Throwable (thrown from the call, e.g. a Calbook\TransportException),
 * or a callable fn (RecordedRequest $r) returning any of those, or null to fall through.
 * Nothing matching: 200 with body {} (or a StrayRequestException after preventStrayRequests()).
 */
final class CalbookFake
{
    /** @var list<array{0: string, 1: mixed}> */
    private array $stubs = [];
    /** @var list<array{0: RecordedRequest, 1: Response|\Throwable}> */
    private array $recorded = [];
    private bool $preventStray = false;

    public function __construct(array $responses = [])
    {
        $this->stub($responses);
    }

    /** Adds stubs: stub(['POST /bookings' => ...]) or stub('POST /bookings', $response). */
    public function stub(array|string $pattern, mixed $response = null): self
    {
        $stubs = is_array($pattern) ? $pattern : [$pattern => $response];
        foreach ($stubs as $key => $value) {
            if (is_int($key)) {
                $key = '*';
            }
            $this->stubs[] = [(string) $key, self::toResponse($value)];
        }
        return $this;
    }

    /** Calls no stub answers throw StrayRequestException instead of getting 200 {}. */
    public function preventStrayRequests(bool $prevent = true): self
    {
        $this->preventStray = $prevent;
        return $this;
    }

    /** A response with a raw body: an array is JSON-encoded (Content-Type application/json). */
    public static function response(array|string $body = [], int $status = 200, array $headers = []): Response
    {
        if (is_array($body)) {
            $body = $body === [] ? '{}' : json_encode($body, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
            $headers += ['content-type' => 'application/json'];
        }
        return new Response($status, $body, $headers);
    }

    /** A response in Cal.com's envelope: {"status":"success","data":...} (or "error" for >= 400). */
    public static function data(mixed $data, int $status = 200, array $headers = []): Response
    {
        return self::response(['status' => $status >= 400 ? 'error' : 'success', 'data' => $data], $status, $headers);
    }

    /** @internal normalises a stub value */
    public static function toResponse(mixed $v): mixed
    {
        return match (true) {
            $v instanceof Response, $v instanceof \Throwable, $v instanceof ResponseSequence => $v,
            $v instanceof \Closure, is_object($v) && is_callable($v) => $v,
            is_array($v), is_string($v) => self::response($v),
            is_int($v) => self::response('', $v),
            $v === null => self::response([]),
            default => throw new \InvalidArgumentException('calbook fake: a stub must be a Calbook\Response, array, string, int, sequence, Throwable or callable, ' . get_debug_type($v) . ' given'),
        };
    }

    /** Whether $pattern (a method name, 'VERB /path*', '/path*' or '*') matches the request. */
    public static function matches(string $pattern, RecordedRequest $r): bool
    {
        $pattern = trim($pattern);
        if ($pattern === '*') {
            return true;
        }
        if (preg_match('/^[a-z][A-Za-z]*$/', $pattern) === 1) {
            return $r->method === $pattern;
        }
        $verb = '*';
        $path = $pattern;
        if (str_contains($pattern, ' ')) {
            [$verb, $path] = preg_split('/\s+/', $pattern, 2);
        }
        if ($verb !== '*' && strtoupper($verb) !== $r->verb) {
            return false;
        }
        if (str_starts_with($path, '/v2/') || $path === '/v2') {
            $path = substr($path, 3) ?: '/';
        }
        return Str::is($path, $r->path);
    }

    /** @internal answers a Connection call */
    public function handle(Connection $connection, string $method, array $args, array $d): mixed
    {
        if ($method === 'getBookingsByUid') {
            $out = [];
            foreach ($args[0] as $uid) {
                $uid = (string) $uid;
                if (array_key_exists($uid, $out)) {
                    continue;
                }
                $rr = $this->record($connection, $method, 'GET', '/bookings/' . rawurlencode($uid), '/bookings/{uid}', 'bookings', [], null, $args);
                $out[$uid] = $this->answer($rr);
            }
            return $out;
        }
        $rr = $this->record($connection, $method, $d['verb'], $d['path'], $d['template'], $d['family'], $d['query'], $d['body'], $args);
        $answer = $this->answer($rr);
        if ($answer instanceof \Throwable) {
            throw $answer;
        }
        return $answer;
    }

    private function record(Connection $c, string $method, string $verb, string $path, string $template, string $family, array $query, mixed $body, array $args): RecordedRequest
    {
        return new RecordedRequest($c->name(), $method, $verb, $path, $template, $family, $query, $body, $args, $c->tenant()?->companyId, $c->priority());
    }

    private function answer(RecordedRequest $rr): Response|\Throwable
    {
        $answer = $this->resolve($rr);
        $this->recorded[] = [$rr, $answer];
        return $answer;
    }

    private function resolve(RecordedRequest $rr): Response|\Throwable
    {
        foreach ($this->stubs as [$pattern, $handler]) {
            if (!self::matches($pattern, $rr)) {
                continue;
            }
            if ($handler instanceof ResponseSequence) {
                $handler = $handler->next();
            }
            if (!($handler instanceof Response) && !($handler instanceof \Throwable) && is_callable($handler)) {
                $result = $handler($rr);
                if ($result === null) {
                    continue;
                }
                $handler = self::toResponse($result);
                if ($handler instanceof ResponseSequence) {
                    $handler = $handler->next();
                }
            }
            if ($handler instanceof Response || $handler instanceof \Throwable) {
                return $handler;
            }
            throw new \UnexpectedValueException('calbook fake: the stub for ' . $pattern . ' gave no response');
        }
        if ($this->preventStray) {
            throw new StrayRequestException('calbook fake: no stub for ' . $rr->line() . ' (' . $rr->method . ') and stray requests are prevented');
        }
        return self::response([]);
    }

    /**
     * Recorded calls, optionally filtered: a callable fn (RecordedRequest, Response|Throwable): bool,
     * or a pattern string.
     * @return list<array{0: RecordedRequest, 1: Response|\Throwable}>
     */
    public function recorded(callable|string|null $filter = null): array
    {
        if ($filter === null) {
            return $this->recorded;
        }
        return array_values(array_filter($this->recorded, fn (array $pair) => $this->check($filter, $pair)));
    }

    public function assertSent(callable|string $filter): void
    {
        PHPUnit::assertTrue(count($this->recorded($filter)) > 0, 'calbook: an expected request was not sent' . self::describe($filter));
    }

    public function assertNotSent(callable|string $filter): void
    {
        PHPUnit::assertFalse(count($this->recorded($filter)) > 0, 'calbook: an unexpected request was sent' . self::describe($filter));
    }

    public function assertNothingSent(): void
    {
        PHPUnit::assertEmpty($this->recorded, 'calbook: requests were sent: ' . implode(', ', array_map(fn ($p) => $p[0]->line(), $this->recorded)));
    }

    /** assertSentCount(2) or assertSentCount(1, 'createBooking') */
    public function assertSentCount(int $count, callable|string|null $filter = null): void
    {
        PHPUnit::assertCount($count, $this->recorded($filter), 'calbook: number of requests sent' . ($filter === null ? '' : self::describe($filter)));
    }

    /** Every listed pattern or callable matched, in this order (other calls may lie between). */
    public function assertSentInOrder(array $filters): void
    {
        $i = 0;
        foreach ($this->recorded as $pair) {
            if ($i < count($filters) && $this->check($filters[$i], $pair)) {
                $i++;
            }
        }
        PHPUnit::assertSame(count($filters), $i, 'calbook: requests were not sent in the expected order');
    }

    private function check(callable|string $filter, array $pair): bool
    {
        if (is_string($filter) && !(str_contains($filter, '::') && is_callable($filter))) {
            return self::matches($filter, $pair[0]);
        }
        return (bool) $filter($pair[0], $pair[1]);
    }

    private static function describe(callable|string $filter): string
    {
        return is_string($filter) ? " ($filter)" : '';
    }
}
