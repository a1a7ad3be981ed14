<?php
/*
 * The Cal.com v2 emulator application: one Request in, one Response out.
 *
 * Order of work for a Cal.com request (paths under /v2/): request id, rate limit (every
 * response carries the X-RateLimit-*-Default headers), faults matched and consumed, routing
 * with the per-family cal-api-version rules (a version without a controller is a 404), auth,
 * the handler, then the response-side faults. Control requests (/__emulator/...) bypass all of
 * it and are neither logged nor counted.
 */

declare(strict_types=1);

namespace CalbookEmulator;

final class ApiError extends \Exception
{
    public function __construct(public Response $response)
    {
        parent::__construct('api error ' . $response->status);
    }
}

final class App
{
    use BookingsApi;
    use SlotsApi;
    use EventTypesApi;
    use OtherApi;
    use WebhookDelivery;

    public const V_BOOKINGS = '2024-08-13';
    public const V_SLOTS = '2024-09-04';
    public const V_EVENT_TYPES = '2024-06-14';
    public const KNOWN_VERSIONS = ['2024-04-15', '2024-06-11', '2024-06-14', '2024-08-13', '2024-09-04'];

    private Store $store;
    private Request $req;
    private ?int $authUserId = null;
    private string $mode = 'v2';
    private float $now = 0.0;

    public function __construct(string $statePath)
    {
        $this->store = new Store($statePath);
    }

    public function store(): Store
    {
        return $this->store;
    }

    /** A transport accepted a TCP connection: count it and return its id. */
    public function connectionOpened(): int
    {
        return $this->store->transaction(static function (Store $s): int {
            $s->meta['counters']['connections']++;
            $s->touchMeta();
            return ++$s->meta['counters']['connection_seq'];
        });
    }

    /** Merges a configuration patch (the --config file, or POST /__emulator/config). */
    public function applyConfig(array $patch): array
    {
        return $this->store->transaction(static function (Store $s) use ($patch): array {
            $s->meta['config'] = self::mergeConfig($s->meta['config'], $patch);
            $s->touchMeta();
            return $s->meta['config'];
        });
    }

    public const FAULT_TYPES = [
        'status', 'close_before_response', 'truncate', 'invalid_json', 'huge_body', 'slow_body', 'latency',
        'slow_headers', 'wrong_content_type', 'deep_json', 'invalid_utf8', 'create_without_hosts',
    ];

    /** @return list<string> what is wrong with a configuration patch (unknown fault types, bad shapes) */
    public static function configErrors(array $patch): array
    {
        $errors = [];
        if (isset($patch['faults'])) {
            if (!is_array($patch['faults']) || !array_is_list($patch['faults'])) {
                $errors[] = 'faults must be a list';
            } else {
                foreach ($patch['faults'] as $i => $f) {
                    $type = is_array($f) ? ($f['type'] ?? null) : null;
                    if (!in_array($type, self::FAULT_TYPES, true)) {
                        $errors[] = "faults[$i]: unknown type " . json_encode($type) . ' (known: ' . implode(', ', self::FAULT_TYPES) . ')';
                    } elseif ($type === 'status' && isset($f['shape']) && !in_array($f['shape'], ['envelope', 'bad_request', 'raw500'], true)) {
                        $errors[] = "faults[$i]: unknown shape " . json_encode($f['shape']);
                    }
                }
            }
        }
        if (isset($patch['rate_limit']) && !is_array($patch['rate_limit'])) {
            $errors[] = 'rate_limit must be an object {limit, window_s, block_s}';
        }
        if (isset($patch['api_keys']) && (!is_array($patch['api_keys']) || array_filter($patch['api_keys'], static fn ($k) => !is_string($k)))) {
            $errors[] = 'api_keys must be a list of strings';
        }
        return $errors;
    }

    public static function mergeConfig(array $config, array $patch): array
    {
        foreach ($patch as $key => $value) {
            if ($key === 'rate_limit' && is_array($value) && is_array($config['rate_limit'] ?? null)) {
                $config['rate_limit'] = array_merge($config['rate_limit'], $value);
            } elseif ($key === 'faults') {
                $config['faults'] = array_values(array_map(static function ($f) {
                    $f = is_array($f) ? $f : [];
                    $f['count'] = (int) ($f['count'] ?? 1);
                    return $f;
                }, is_array($value) ? $value : []));
            } else {
                $config[$key] = $value;
            }
        }
        return $config;
    }

    public function handle(Request $req): Response
    {
        if (str_starts_with($req->path, '/__emulator/')) {
            return $this->control($req);
        }
        try {
            return $this->store->transaction(fn (): Response => $this->handleCal($req));
        } catch (\Throwable $e) {
            fwrite(STDERR, 'calbook emulator: ' . $e . "\n");
            $r = Response::json(500, ['statusCode' => 500, 'message' => 'Internal server error']);
            $r->header('X-Request-Id', self::uuid());
            return $r;
        }
    }

    // ---------------------------------------------------------------- control endpoints

    private function control(Request $req): Response
    {
        if ($req->firstOnConnection && $req->connectionId > 0) {
            // A connection opened for control traffic is not a Cal.com connection.
            $this->store->transaction(static function (Store $s): void {
                $s->meta['counters']['connections'] = max(0, $s->meta['counters']['connections'] - 1);
                $s->touchMeta();
            });
        }
        $route = $req->method . ' ' . $req->path;
        $out = null;
        $stop = false;
        switch ($route) {
            case 'GET /__emulator/health':
                $out = ['ok' => true, 'pid' => getmypid()];
                break;
            case 'GET /__emulator/config':
                $out = $this->store->transaction(static fn (Store $s) => $s->meta['config']);
                break;
            case 'POST /__emulator/config':
                $patch = json_decode($req->body, true);
                if (!is_array($patch)) {
                    return Response::json(400, ['error' => 'the body must be a JSON object']);
                }
                if ($errors = self::configErrors($patch)) {
                    return Response::json(400, ['error' => implode('; ', $errors)]);
                }
                $out = $this->applyConfig($patch);
                break;
            case 'GET /__emulator/stats':
                $out = $this->stats();
                break;
            case 'GET /__emulator/bookings':
                $out = $this->store->transaction(static fn (Store $s) => array_values($s->data['bookings']));
                break;
            case 'POST /__emulator/bookings':
                $spec = json_decode($req->body, true);
                if (!is_array($spec)) {
                    return Response::json(400, ['error' => 'the body must be a JSON object']);
                }
                try {
                    $out = $this->store->transaction(fn (): array => $this->seedBookings($spec));
                } catch (\InvalidArgumentException $e) {
                    return Response::json(400, ['error' => $e->getMessage()]);
                }
                break;
            case 'POST /__emulator/reset':
                $this->reset();
                $out = ['ok' => true];
                break;
            case 'POST /__emulator/stop':
                $out = ['ok' => true];
                $stop = true;
                break;
            default:
                return Response::json(404, ['error' => 'unknown control endpoint ' . $route]);
        }
        $r = Response::json(200, $out);
        $r->close = true;
        $r->stopServer = $stop;
        return $r;
    }

    public function stats(): array
    {
        return $this->store->transaction(static function (Store $s): array {
            $c = $s->meta['counters'];
            return [
                'bookings_created' => $c['bookings_created'],
                'bookings_rescheduled' => $c['bookings_rescheduled'],
                'bookings' => count($s->data['bookings']),
                'connections' => $c['connections'],
                'request_count' => $c['requests'],
                'rate_limited' => $c['rate_limited'] ?? 0,
                'rate_limit_blocks' => $s->meta['rate_limit_blocks'] ?? [],
                'requests' => $s->readLog(),
                'webhook_deliveries' => $s->readLog('deliveries'),
                'faults_pending' => $s->meta['config']['faults'] ?? [],
            ];
        });
    }

    public function reset(): void
    {
        $this->store->transaction(static function (Store $s): void {
            $fresh = Seed::data();
            $s->data = $fresh;
            $s->meta['counters'] = Seed::counters();
            $s->meta['trackers'] = [];
            $s->meta['rate_limit_blocks'] = [];
            $s->meta['config']['faults'] = [];
            $s->clearLog();
            $s->touchData();
        });
    }

    // ---------------------------------------------------------------- Cal.com requests

    private function handleCal(Request $req): Response
    {
        $this->req = $req;
        $this->now = microtime(true);
        $this->authUserId = null;
        $this->pendingDeliveries = [];
        $s = $this->store;
        $config = $s->meta['config'];
        $requestId = self::uuid();
        $s->meta['counters']['requests']++;
        $s->touchMeta();

        [$rlHeaders, $limited] = $this->rateLimit($config);
        $fault = null;
        if ($limited) {
            $s->meta['counters']['rate_limited'] = ($s->meta['counters']['rate_limited'] ?? 0) + 1;
            $resp = $this->error(429, 'ThrottlerException', 'CustomThrottlerGuard - Too many requests. Please try again later.');
        } else {
            $fault = $this->takeFault($req);
            $resp = null;
            if ($fault !== null && ($fault['type'] ?? '') === 'status' && empty($fault['apply'])) {
                $resp = $this->faultStatus($fault);
            } elseif ($fault !== null && ($fault['type'] ?? '') === 'close_before_response' && empty($fault['apply'])) {
                $resp = new Response(500, '');
            }
            if ($resp === null) {
                try {
                    $resp = $this->route($req, $fault);
                } catch (ApiError $e) {
                    $resp = $e->response;
                }
                if ($fault !== null && ($fault['type'] ?? '') === 'status') {
                    // "apply": the request took effect, the answer is the error anyway.
                    $resp = $this->faultStatus($fault);
                }
            }
        }
        foreach ($rlHeaders as [$n, $v]) {
            $resp->header($n, $v);
        }
        $resp->header('X-Request-Id', $requestId);
        $latency = (int) ($config['latency_ms'] ?? 0);
        if ($latency > 0) {
            $resp->delayMs += $latency;
        }
        if ($fault !== null) {
            $this->applyResponseFault($resp, $fault);
        }
        $s->appendLog([
            'method' => $req->method,
            'path' => $req->path,
            'query' => $req->query,
            'version' => $req->header('cal-api-version'),
            'authorization_present' => $req->header('authorization') !== null,
            'user_agent' => $req->header('user-agent'),
            'connection_id' => $req->connectionId,
            'status' => $resp->mode === 'close' ? null : $resp->status,
            'request_id' => $requestId,
            'fault' => $fault['type'] ?? null,
            'time' => round($this->now, 3),
        ]);
        return $resp;
    }

    /** @return array{0:list<array{0:string,1:string}>,1:bool} headers, limited */
    private function rateLimit(array $config): array
    {
        $rl = $config['rate_limit'] ?? null;
        if (!is_array($rl) || (int) ($rl['limit'] ?? 0) <= 0) {
            return [[], false];
        }
        $limit = (int) $rl['limit'];
        $window = max(1, (int) ($rl['window_s'] ?? 60));
        $block = max(0, (int) ($rl['block_s'] ?? 60));
        $key = $this->bearer();
        $tracker = $key !== null ? 'api_key_' . hash('sha256', $key) : 'ip_' . hash('sha256', $this->req->remoteIp);
        $t = $this->store->meta['trackers'][$tracker] ?? null;
        $now = $this->now;
        $limited = false;
        if ($t !== null && ($t['blocked_until'] ?? 0) > $now) {
            $limited = true;
            $remaining = 0;
            $reset = (int) ceil($t['blocked_until'] - $now);
        } else {
            if ($t === null || $now >= $t['expires_at']) {
                $t = ['hits' => 0, 'expires_at' => $now + $window, 'blocked_until' => 0];
            }
            $t['hits']++;
            if ($t['hits'] > $limit) {
                $limited = true;
                $t['blocked_until'] = $now + $block;
                $this->store->meta['rate_limit_blocks'][] = ['start' => round($now, 3), 'until' => round($now + $block, 3)];
                $remaining = 0;
                $reset = max(1, (int) ceil($block));
            } else {
                $remaining = $limit - $t['hits'];
                $reset = max(0, (int) ceil($t['expires_at'] - $now));
            }
        }
        // Drop stale trackers so the meta file stays small.
        foreach ($this->store->meta['trackers'] as $k => $old) {
            if ($old['expires_at'] < $now && ($old['blocked_until'] ?? 0) < $now) {
                unset($this->store->meta['trackers'][$k]);
            }
        }
        $this->store->meta['trackers'][$tracker] = $t;
        return [[
            ['X-RateLimit-Limit-Default', (string) $limit],
            ['X-RateLimit-Remaining-Default', (string) $remaining],
            ['X-RateLimit-Reset-Default', (string) $reset],
        ], $limited];
    }

    // ---------------------------------------------------------------- faults

    private function takeFault(Request $req): ?array
    {
        $faults = $this->store->meta['config']['faults'] ?? [];
        foreach ($faults as $i => $f) {
            if (!self::faultMatches($f, $req)) {
                continue;
            }
            $count = (int) ($f['count'] ?? 1);
            if ($count > 0) {
                if ($count === 1) {
                    array_splice($faults, $i, 1);
                } else {
                    $faults[$i]['count'] = $count - 1;
                }
                $this->store->meta['config']['faults'] = array_values($faults);
            }
            // count <= 0: applies to every matching request until removed.
            return $f;
        }
        return null;
    }

    private static function faultMatches(array $f, Request $req): bool
    {
        $match = trim((string) ($f['match'] ?? ''));
        if ($match === '' || $match === '*') {
            return true;
        }
        $parts = preg_split('/\s+/', $match, 2);
        if (count($parts) === 2) {
            [$method, $prefix] = $parts;
        } elseif (str_starts_with($parts[0], '/')) {
            [$method, $prefix] = ['*', $parts[0]];
        } else {
            [$method, $prefix] = [$parts[0], ''];
        }
        if ($method !== '*' && strcasecmp($method, $req->method) !== 0) {
            return false;
        }
        if (str_ends_with($prefix, '$')) {
            return $req->path === substr($prefix, 0, -1);
        }
        return str_starts_with($req->path, $prefix);
    }

    private function faultStatus(array $f): Response
    {
        $status = (int) ($f['status'] ?? 500);
        $shape = (string) ($f['shape'] ?? ($status >= 500 ? 'raw500' : 'envelope'));
        $message = (string) ($f['message'] ?? ($status === 500 ? 'Internal server error' : Response::reason($status)));
        switch ($shape) {
            case 'raw500':
                return Response::json($status, ['statusCode' => $status, 'message' => $message]);
            case 'bad_request':
                return Response::json($status, [
                    'status' => 'error',
                    'timestamp' => self::iso($this->now, true),
                    'path' => $this->req->target,
                    'error' => ['code' => 'BAD_REQUEST', 'message' => $message],
                ]);
            default:
                $code = (string) ($f['code'] ?? self::exceptionName($status));
                return $this->error($status, $code, $message);
        }
    }

    private function applyResponseFault(Response $r, array $f): void
    {
        switch ($f['type'] ?? '') {
            case 'close_before_response':
                $r->mode = 'close';
                break;
            case 'truncate':
                $r->mode = 'truncate';
                break;
            case 'latency':
            case 'slow_headers':
                $r->delayMs += (int) ($f['delay_ms'] ?? $f['latency_ms'] ?? 1000);
                break;
            case 'slow_body':
                $r->chunkDelayMs = max(1, (int) ($f['delay_ms'] ?? 200));
                $r->chunkBytes = max(1, (int) ($f['chunk_bytes'] ?? 16));
                break;
            case 'invalid_json':
                $r->body = substr($r->body, 0, max(1, intdiv(strlen($r->body), 2))) . '}{"';
                break;
            case 'huge_body':
                $bytes = max(64, (int) ($f['bytes'] ?? 32 * 1024 * 1024));
                $head = '{"status":"success","data":{"padding":"';
                $tail = '"}}';
                $r->body = $head . str_repeat('x', max(0, $bytes - strlen($head) - strlen($tail))) . $tail;
                break;
            case 'wrong_content_type':
                $r->setHeader('Content-Type', (string) ($f['content_type'] ?? 'text/html; charset=utf-8'));
                if (isset($f['body'])) {
                    $r->body = (string) $f['body'];
                }
                break;
            case 'deep_json':
                $depth = max(1, (int) ($f['depth'] ?? 10000));
                $r->body = '{"status":"success","data":' . str_repeat('[', $depth) . str_repeat(']', $depth) . '}';
                break;
            case 'invalid_utf8':
                $pos = strpos($r->body, '{');
                $inject = '"note":"caf' . "\xC3\x28\xFF" . '",';
                $r->body = $pos === false ? $inject : substr($r->body, 0, $pos + 1) . $inject . substr($r->body, $pos + 1);
                break;
        }
    }

    // ---------------------------------------------------------------- routing

    /** @return list<array{0:string,1:string,2:string,3:string,4:string}> method, regex, handler, family, auth */
    private static function routes(): array
    {
        $u = '(?<uid>[^/]+)';
        return [
            ['POST', '#^/v2/bookings$#', 'createBooking', 'bookings', 'optional'],
            ['GET', '#^/v2/bookings$#', 'listBookings', 'bookings', 'required'],
            ['GET', "#^/v2/bookings/$u$#", 'getBooking', 'bookings', 'optional'],
            ['POST', "#^/v2/bookings/$u/cancel$#", 'cancelBooking', 'bookings', 'optional'],
            ['POST', "#^/v2/bookings/$u/reschedule$#", 'rescheduleBooking', 'bookings', 'optional'],
            ['POST', "#^/v2/bookings/$u/reassign$#", 'reassignBooking', 'bookings', 'required'],
            ['POST', "#^/v2/bookings/$u/reassign/(?<userId>[^/]+)$#", 'reassignBookingTo', 'bookings', 'required'],
            ['POST', "#^/v2/bookings/$u/confirm$#", 'confirmBooking', 'bookings', 'required'],
            ['POST', "#^/v2/bookings/$u/decline$#", 'declineBooking', 'bookings', 'required'],
            ['POST', "#^/v2/bookings/$u/mark-absent$#", 'markAbsent', 'bookings', 'required'],
            ['GET', '#^/v2/slots$#', 'getSlots', 'slots', 'none'],
            ['GET', '#^/v2/slots/available$#', 'getSlotsLegacy', 'slots', 'none'],
            ['POST', '#^/v2/slots/reservations$#', 'reserveSlot', 'slots', 'optional'],
            ['GET', '#^/v2/slots/reservations/(?<uid>[^/]+)$#', 'getReservation', 'slots', 'none'],
            ['PATCH', '#^/v2/slots/reservations/(?<uid>[^/]+)$#', 'updateReservation', 'slots', 'optional'],
            ['DELETE', '#^/v2/slots/reservations/(?<uid>[^/]+)$#', 'releaseReservation', 'slots', 'none'],
            ['GET', '#^/v2/event-types$#', 'listEventTypes', 'event-types', 'optional'],
            ['POST', '#^/v2/event-types$#', 'createEventType', 'event-types', 'required'],
            ['GET', '#^/v2/event-types/(?<id>[^/]+)$#', 'getEventType', 'event-types', 'required'],
            ['PATCH', '#^/v2/event-types/(?<id>[^/]+)$#', 'updateEventType', 'event-types', 'required'],
            ['DELETE', '#^/v2/event-types/(?<id>[^/]+)$#', 'deleteEventType', 'event-types', 'required'],
            ['GET', '#^/v2/teams$#', 'listTeams', 'any', 'required'],
            ['GET', '#^/v2/teams/(?<teamId>[^/]+)$#', 'getTeam', 'any', 'required'],
            ['GET', '#^/v2/teams/(?<teamId>[^/]+)/event-types$#', 'listTeamEventTypes', 'any', 'required'],
            ['POST', '#^/v2/teams/(?<teamId>[^/]+)/event-types$#', 'createTeamEventType', 'any', 'required'],
            ['GET', '#^/v2/teams/(?<teamId>[^/]+)/event-types/(?<id>[^/]+)$#', 'getTeamEventType', 'any', 'required'],
            ['PATCH', '#^/v2/teams/(?<teamId>[^/]+)/event-types/(?<id>[^/]+)$#', 'updateTeamEventType', 'any', 'required'],
            ['DELETE', '#^/v2/teams/(?<teamId>[^/]+)/event-types/(?<id>[^/]+)$#', 'deleteTeamEventType', 'any', 'required'],
            ['GET', '#^/v2/teams/(?<teamId>[^/]+)/memberships$#', 'listMemberships', 'any', 'required'],
            ['POST', '#^/v2/teams/(?<teamId>[^/]+)/memberships$#', 'createMembership', 'any', 'required'],
            ['GET', '#^/v2/teams/(?<teamId>[^/]+)/memberships/(?<id>[^/]+)$#', 'getMembership', 'any', 'required'],
            ['PATCH', '#^/v2/teams/(?<teamId>[^/]+)/memberships/(?<id>[^/]+)$#', 'updateMembership', 'any', 'required'],
            ['DELETE', '#^/v2/teams/(?<teamId>[^/]+)/memberships/(?<id>[^/]+)$#', 'deleteMembership', 'any', 'required'],
            ['GET', '#^/v2/webhooks$#', 'listWebhooks', 'any', 'required'],
            ['POST', '#^/v2/webhooks$#', 'createWebhook', 'any', 'required'],
            ['GET', '#^/v2/webhooks/(?<id>[^/]+)$#', 'getWebhook', 'any', 'required'],
            ['PATCH', '#^/v2/webhooks/(?<id>[^/]+)$#', 'updateWebhook', 'any', 'required'],
            ['DELETE', '#^/v2/webhooks/(?<id>[^/]+)$#', 'deleteWebhook', 'any', 'required'],
            ['GET', '#^/v2/me$#', 'getMe', 'any', 'required'],
        ];
    }

    /** Handlers the legacy (2024-04-15) controllers have. */
    private const LEGACY_HANDLERS = [
        'createBooking', 'listBookings', 'getBooking', 'cancelBooking',
        'getSlots', 'getSlotsLegacy',
        'listEventTypes', 'createEventType', 'getEventType', 'updateEventType', 'deleteEventType',
    ];

    /** Which controller a family routes a cal-api-version to: 'v2', 'legacy' or '404'. */
    public static function versionMode(string $family, ?string $version): string
    {
        $v = in_array($version, self::KNOWN_VERSIONS, true) ? $version : '2024-04-15';
        switch ($family) {
            case 'bookings':
                if ($version === '2026-02-25' || $v === self::V_BOOKINGS) {
                    return 'v2';
                }
                return $v === '2024-09-04' ? '404' : 'legacy';
            case 'slots':
                return $v === self::V_SLOTS ? 'v2' : 'legacy';
            case 'event-types':
                if ($v === self::V_EVENT_TYPES) {
                    return 'v2';
                }
                return in_array($v, ['2024-08-13', '2024-09-04'], true) ? '404' : 'legacy';
            default:
                return 'v2';
        }
    }

    private function route(Request $req, ?array $fault): Response
    {
        $found = null;
        foreach (self::routes() as $r) {
            if ($r[0] === $req->method && preg_match($r[1], $req->path, $m)) {
                $found = [$r, $m];
                break;
            }
        }
        if ($found === null) {
            $this->notFoundRoute();
        }
        [[$method, , $handler, $family, $auth], $m] = $found;
        $mode = self::versionMode($family, $req->header('cal-api-version'));
        if ($mode === '404' || ($mode === 'legacy' && !in_array($handler, self::LEGACY_HANDLERS, true))
            || ($mode === 'v2' && $handler === 'getSlotsLegacy')) {
            $this->notFoundRoute();
        }
        $this->mode = $mode;
        $this->authenticate($auth);
        $params = array_filter($m, 'is_string', ARRAY_FILTER_USE_KEY);
        $withoutHosts = !empty($this->store->meta['config']['create_without_hosts'])
            || ($fault !== null && ($fault['type'] ?? '') === 'create_without_hosts');
        return $this->{$handler}($params, $withoutHosts);
    }

    private function notFoundRoute(): never
    {
        $this->fail(404, 'Cannot ' . $this->req->method . ' ' . $this->req->path);
    }

    private function bearer(): ?string
    {
        $h = $this->req->header('authorization');
        if ($h === null) {
            return null;
        }
        return preg_match('/^Bearer\s+(\S+)\s*$/i', $h, $m) ? $m[1] : $h;
    }

    private function authenticate(string $auth): void
    {
        $header = $this->req->header('authorization');
        if ($header === null) {
            if ($auth === 'required') {
                $this->fail(401, 'ApiAuthStrategy - api key - Your api key is not valid');
            }
            return;
        }
        if ($auth === 'none') {
            return;
        }
        $key = preg_match('/^Bearer\s+(\S+)\s*$/i', $header, $m) ? $m[1] : null;
        $keys = $this->store->meta['config']['api_keys'] ?? [Seed::API_KEY];
        if ($key === null || !in_array($key, (array) $keys, true)) {
            $this->fail(401, 'ApiAuthStrategy - api key - Your api key is not valid');
        }
        $this->authUserId = 101;
    }

    // ---------------------------------------------------------------- responses and errors

    private function ok(mixed $data, int $status = 200, ?array $pagination = null): Response
    {
        $payload = ['status' => 'success', 'data' => $data];
        if ($pagination !== null) {
            $payload['pagination'] = $pagination;
        }
        return Response::json($status, $payload);
    }

    private static function exceptionName(int $status): string
    {
        return [
            400 => 'BadRequestException', 401 => 'UnauthorizedException', 403 => 'ForbiddenException',
            404 => 'NotFoundException', 405 => 'MethodNotAllowedException', 409 => 'ConflictException',
            422 => 'UnprocessableEntityException', 429 => 'ThrottlerException', 500 => 'InternalServerErrorException',
            502 => 'BadGatewayException', 503 => 'ServiceUnavailableException', 504 => 'GatewayTimeoutException',
        ][$status] ?? 'HttpException';
    }

    /** The error envelope of Cal.com's HttpExceptionFilter. */
    private function error(int $status, ?string $code, string $message, mixed $details = null): Response
    {
        $code ??= self::exceptionName($status);
        if ($details === null) {
            $details = $status === 429
                ? $message
                : ['message' => $message, 'error' => Response::reason($status), 'statusCode' => $status];
        }
        return Response::json($status, [
            'status' => 'error',
            'timestamp' => self::iso(microtime(true), true),
            'path' => $this->req->target,
            'error' => ['code' => $code, 'message' => $message, 'details' => $details],
        ]);
    }

    private function fail(int $status, string $message, ?string $code = null, mixed $details = null): never
    {
        throw new ApiError($this->error($status, $code, $message, $details));
    }

    /** 400 from the global ValidationPipe: message "Bad Request Exception", details {errors}. */
    private function failValidation(array $errors): never
    {
        throw new ApiError($this->error(400, 'BadRequestException', 'Bad Request Exception', ['errors' => $errors]));
    }

    /** 400 from the Zod filter: code BAD_REQUEST and no details. */
    private function failZod(string $message): never
    {
        throw new ApiError(Response::json(400, [
            'status' => 'error',
            'timestamp' => self::iso(microtime(true), true),
            'path' => $this->req->target,
            'error' => ['code' => 'BAD_REQUEST', 'message' => $message],
        ]));
    }

    private static function vErr(string $property, array $constraints, array $children = [], mixed $value = null): array
    {
        $e = ['property' => $property, 'children' => $children];
        if ($constraints !== []) {
            $e['constraints'] = $constraints;
        }
        return $e;
    }

    /** The JSON body as an array (an empty body is an empty object). */
    private function jsonBody(): array
    {
        $body = trim($this->req->body);
        if ($body === '') {
            return [];
        }
        $data = json_decode($body, true, 512);
        if (!is_array($data) || array_is_list($data) && $data !== []) {
            $msg = json_last_error() !== JSON_ERROR_NONE
                ? 'Unexpected token in JSON at position ' . self::jsonErrorPosition($body)
                : 'The request body must be a JSON object';
            $this->fail(400, $msg);
        }
        return $data;
    }

    private static function jsonErrorPosition(string $body): int
    {
        // Good enough: the first byte that is not plain JSON text.
        return max(0, strspn($body, "{}[]\":,.-+0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_ @\t\r\n"));
    }

    // ---------------------------------------------------------------- small helpers

    public static function uuid(): string
    {
        $b = random_bytes(16);
        $b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
        $b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
    }

    public static function shortUid(): string
    {
        $alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
        $out = '';
        foreach (str_split(random_bytes(22)) as $c) {
            $out .= $alphabet[ord($c) % strlen($alphabet)];
        }
        return $out;
    }

    /** ISO 8601 UTC with milliseconds ("2050-09-05T07:00:00.000Z"). */
    public static function iso(float $t, bool $ms = false): string
    {
        $sec = (int) floor($t);
        $milli = $ms ? (int) round(($t - $sec) * 1000) : 0;
        if ($milli >= 1000) {
            $sec++;
            $milli = 0;
        }
        return gmdate('Y-m-d\TH:i:s', $sec) . sprintf('.%03dZ', $milli);
    }

    /** A time in a zone, Cal.com's slot format ("2050-09-05T09:00:00.000+02:00"). */
    public static function isoInZone(int $t, string $tz): string
    {
        $d = (new \DateTimeImmutable('@' . $t))->setTimezone(new \DateTimeZone($tz));
        return $d->format('Y-m-d\TH:i:s') . '.000' . $d->format('P');
    }

    /** Parses an ISO 8601 datetime; $utcOnly refuses offsets other than Z/+00:00. */
    public static function parseIso(mixed $v, bool $utcOnly): ?int
    {
        if (!is_string($v) || !preg_match('/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/', $v, $m)) {
            return null;
        }
        if (!checkdate((int) $m[2], (int) $m[3], (int) $m[1]) || (int) $m[4] > 23 || (int) $m[5] > 59 || (int) ($m[6] ?: 0) > 59) {
            return null;
        }
        $zone = $m[8];
        if ($utcOnly && !in_array($zone, ['Z', '+00:00', '+0000', '-00:00'], true)) {
            return null;
        }
        try {
            $d = new \DateTimeImmutable(sprintf('%s-%s-%sT%s:%s:%s', $m[1], $m[2], $m[3], $m[4], $m[5], $m[6] ?: '00') . ($zone === 'Z' ? '+00:00' : $zone));
        } catch (\Exception) {
            return null;
        }
        return $d->getTimestamp();
    }

    public static function validTimeZone(mixed $tz): bool
    {
        if (!is_string($tz) || $tz === '') {
            return false;
        }
        static $zones = null;
        $zones ??= array_flip(\DateTimeZone::listIdentifiers(\DateTimeZone::ALL_WITH_BC));
        return isset($zones[$tz]) || $tz === 'UTC';
    }

    public static function validEmail(mixed $e): bool
    {
        return is_string($e) && strlen($e) <= 254 && filter_var($e, FILTER_VALIDATE_EMAIL) !== false;
    }

    private function user(int $id): ?array
    {
        return $this->store->data['users'][$id] ?? null;
    }
}
