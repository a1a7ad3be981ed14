<?php
/*
 * The contract test proper: calls every Calbook\Client method with realistic inputs against a
 * Prism mock serving Cal.com's OpenAPI spec, and fails on any request Prism finds invalid.
 *
 *   php -n -d extension=/abs/modules/calbook.so tests/contract/lib/runner.php <base_url> <prism.log> <spec.json>
 *
 * Started by tests/contract/run.sh, which installs and starts Prism. One line per call
 * ("ok   createBooking (flat)" or "FAIL ... <violations>"), then "contract: N passed, N failed".
 * A request breaks the contract when Prism answers 422 with the violations listed, when it
 * reports request violations in its sl-violations header, or when its log shows a request that
 * did not pass validation (this catches the second request of a call, such as the fetch after a
 * create). Prism accepts any cal-api-version value, so the runner also reads the headers of each
 * request from Prism's debug log and requires the value the spec declares for that operation
 * ("Must be set to 2024-08-13"): a wrong version is how Cal.com silently answers in the legacy
 * shape. Every Response must also be successful() and carry JSON.
 */

declare(strict_types=1);

const API_KEY = 'cal_live_7c1e4b9a0d2f46e8b3a5c9d1e0f2a4b6';
const TEAM_ID = 42;

if ($argc !== 4) {
	fwrite(STDERR, "usage: runner.php <base_url> <prism.log> <spec.json>\n");
	exit(2);
}
[, $baseUrl, $prismLog, $specFile] = $argv;

$passed = 0;
$failed = 0;
$output = '';           // everything printed, scanned for the API key at the end
$requests = [];         // what the client's logger saw during the current call
$seenInvalid = 0;       // requests Prism logged as invalid that a check attributed
$loggedRequests = 0;    // requests the clients' logger reported
$mockResponseViolations = [];

function say(string $line): void
{
	global $output;
	$output .= $line . "\n";
	echo $line, "\n";
}

function result(string $label, array $problems, string $detail = ''): void
{
	global $passed, $failed;
	if ($problems === []) {
		$passed++;
		say(rtrim(sprintf('ok   %-44s %s', $label, $detail)));
	} else {
		$failed++;
		say(rtrim(sprintf('FAIL %s: %s %s', $label, implode('; ', array_unique($problems)), $detail)));
	}
}

if (!extension_loaded('calbook')) {
	say('FAIL calbook is not loaded (run with php -n -d extension=/abs/path/calbook.so)');
	say('contract: 0 passed, 1 failed');
	exit(1);
}

/* ---- Prism's log: the requests it received and the ones that did not validate ------------- */

function prism_log_tail(int $from): string
{
	global $prismLog;
	clearstatcache();
	$size = @filesize($prismLog);
	if ($size === false || $size <= $from) {
		return '';
	}
	return (string) file_get_contents($prismLog, false, null, $from);
}

/* Waits until Prism has logged the outcome of every request it received since $from (its log is
 * written asynchronously), then returns that part of the log. */
function prism_log_settle(int $from): string
{
	$deadline = microtime(true) + 3.0;
	do {
		$tail = prism_log_tail($from);
		$received = preg_match_all('/\] Request received/', $tail);
		$finished = preg_match_all('/Responding with "|Request terminated with error/', $tail);
		if ($finished >= $received) {
			return $tail;
		}
		usleep(20000);
	} while (microtime(true) < $deadline);
	return prism_log_tail($from);
}

/* The requests Prism logged, in order: [{req: "POST /v2/bookings", headers: {name: value},
 * invalid: bool, violations: [msg...]}...] */
function prism_requests(string $log): array
{
	$out = [];
	$lines = explode("\n", preg_replace('/\e\[[0-9;]*m/', '', $log));
	foreach ($lines as $line) {
		if (preg_match('/\[HTTP SERVER\] (\w+) (\S+) .*Request received/u', $line, $m)) {
			$out[] = ['req' => strtoupper($m[1]) . ' ' . $m[2], 'headers' => [], 'invalid' => false, 'violations' => []];
		} elseif ($out === []) {
			continue;
		} elseif (preg_match('/\[NEGOTIATOR\] \S+\s+debug\s+< \t([^:]+): (.*)$/u', $line, $m)) {
			$out[count($out) - 1]['headers'][strtolower($m[1])] = rtrim($m[2]);
		} elseif (str_contains($line, 'Request did not pass the validation rules')) {
			$out[count($out) - 1]['invalid'] = true;
		} elseif (preg_match('/\[VALIDATOR\] \S+\s+error\s+(.*)$/u', $line, $m)) {
			$out[count($out) - 1]['violations'][] = trim($m[1]);
		}
	}
	return $out;
}

/* The cal-api-version the spec declares for the operation a request hits, '' when it declares
 * none, null when no operation matches. */
function spec_version(string $req): ?string
{
	static $ops = null;
	global $specFile;
	if ($ops === null) {
		$spec = json_decode((string) file_get_contents($specFile), true);
		$ops = [];
		foreach ($spec['paths'] ?? [] as $tpl => $item) {
			$re = '#^' . preg_replace('/\\\{[^}]+\\\}/', '[^/]+', preg_quote($tpl, '#')) . '$#';
			foreach ($item as $method => $op) {
				$version = '';
				foreach ($op['parameters'] ?? [] as $param) {
					if (($param['in'] ?? '') === 'header' && strtolower($param['name'] ?? '') === 'cal-api-version') {
						$version = (string) ($param['schema']['default'] ?? '');
					}
				}
				// literal paths before templated ones (/v2/bookings/x/reassign vs .../{userId})
				$ops[] = [substr_count($tpl, '{'), strtoupper($method), $re, $version];
			}
		}
		sort($ops);
	}
	[$method, $path] = explode(' ', $req, 2);
	foreach ($ops as [, $m, $re, $version]) {
		if ($m === $method && preg_match($re, $path)) {
			return $version;
		}
	}
	return null;
}

/* Problems with the requests Prism logged: violations, and a cal-api-version other than the
 * spec's for the operation. $skip: violation messages already reported from a 422 body. */
function request_problems(array $requests, array $skip = []): array
{
	$p = [];
	foreach ($requests as $r) {
		if ($r['invalid']) {
			foreach ($r['violations'] ?: ['(no detail logged)'] as $v) {
				if (!preg_grep('/' . preg_quote($v, '/') . '$/', $skip)) {
					$p[] = "{$r['req']}: $v";
				}
			}
		}
		$want = spec_version($r['req']);
		$sent = $r['headers']['cal-api-version'] ?? null;
		if ($want === null) {
			$p[] = "{$r['req']}: no such operation in the spec";
		} elseif ($want !== '' && $sent !== $want) {
			$p[] = "{$r['req']}: cal-api-version " . ($sent === null ? 'missing' : "\"$sent\"") . ", the spec requires \"$want\"";
		}
	}
	return $p;
}

function prism_log_offset(): int
{
	global $prismLog;
	clearstatcache();
	return (int) @filesize($prismLog);
}

/* ---- the client ----------------------------------------------------------------------------- */

function make_client(array $options): Calbook\Client
{
	global $baseUrl;
	$logger = static function (string $level, string $message, array $context = []): void {
		global $requests;
		global $loggedRequests;
		if (isset($context['method'], $context['path'], $context['status'])) {
			$requests[] = $context['method'] . ' ' . $context['path'] . ' ' . $context['status'];
			$loggedRequests++;
		}
	};
	return new Calbook\Client(API_KEY, ['base_url' => $baseUrl, 'logger' => $logger, 'max_retries' => 0] + $options);
}

/* Problems with one Response: a 422 from Prism (its violations), request violations in the
 * sl-violations header, a failure status, a body that is not JSON. */
function response_problems(Calbook\Response $r, string $what = ''): array
{
	global $mockResponseViolations;
	$p = [];
	$prefix = $what === '' ? '' : "$what: ";
	$header = $r->header('sl-violations');
	if ($header !== null) {
		foreach (json_decode($header, true) ?: [] as $v) {
			$where = implode('.', $v['location'] ?? []);
			if (($v['location'][0] ?? '') === 'request') {
				$p[] = $prefix . "violation ($where): " . ($v['message'] ?? json_encode($v));
			} else {
				$mockResponseViolations[$where . ': ' . ($v['message'] ?? '')] = true;
			}
		}
	}
	$prism = $r->json('type');
	if (is_string($prism) && str_starts_with($prism, 'https://stoplight.io/prism/errors#')) {
		// Prism's own answer to a request it refused: 422 with violations, 415, 405, 404...
		if (is_array($r->json('validation'))) {
			foreach ($r->json('validation') as $v) {
				$p[] = $prefix . 'violation (' . implode('.', $v['location'] ?? []) . '): ' . ($v['message'] ?? json_encode($v));
			}
		} else {
			$p[] = $prefix . 'Prism ' . $r->status() . ' ' . $r->json('title') . ': ' . $r->json('detail');
		}
	} elseif (!$r->successful()) {
		$p[] = $prefix . 'HTTP ' . $r->status() . ': ' . substr($r->body(), 0, 300);
	}
	if ($r->successful() && !is_array($r->json())) {
		$p[] = $prefix . 'HTTP ' . $r->status() . ' with a body that is not JSON: ' . substr($r->body(), 0, 100);
	}
	return $p;
}

/* Runs one call: $fn returns a Response, or (getBookingsByUid) an array of them. */
function check(string $label, callable $fn): mixed
{
	global $requests, $seenInvalid;
	$requests = [];
	$from = prism_log_offset();
	$problems = [];
	$result = null;
	try {
		$result = $fn();
	} catch (Throwable $e) {
		$problems[] = get_class($e) . ': ' . $e->getMessage();
	}
	if ($result instanceof Calbook\Response) {
		$problems = array_merge($problems, response_problems($result));
	} elseif (is_array($result)) {
		if ($result === []) {
			$problems[] = 'no result';
		}
		foreach ($result as $key => $item) {
			if ($item instanceof Calbook\Response) {
				$problems = array_merge($problems, response_problems($item, (string) $key));
			} elseif ($item instanceof Throwable) {
				$problems[] = "$key: " . get_class($item) . ': ' . $item->getMessage();
			} else {
				$problems[] = "$key: not a Response: " . get_debug_type($item);
			}
		}
	} elseif ($problems === []) {
		$problems[] = 'returned ' . get_debug_type($result) . ', not a Response';
	}
	$seen = prism_requests(prism_log_settle($from));
	$invalid = array_filter($seen, fn($r) => $r['invalid']);
	$seenInvalid += count($invalid);
	// the 422 body of the call's own request already listed its violations
	$problems = array_merge($problems, request_problems($seen, $problems));
	if ($seen === []) {
		$problems[] = 'Prism received no request';
	}
	if (preg_grep('/ 422$/', $requests) && $invalid === []) {
		$problems[] = 'a request got 422: ' . implode(', ', preg_grep('/ 422$/', $requests));
	}
	result($label, $problems, $requests === [] ? '' : '(' . implode('; ', $requests) . ')');
	return $result;
}

function data_of(mixed $r, string $key, mixed $fallback): mixed
{
	if ($r instanceof Calbook\Response && $r->successful()) {
		$v = $r->json($key);
		if ((is_int($v) && $v > 0) || (is_string($v) && preg_match('/^[A-Za-z0-9_-]{1,128}$/', $v))) {
			return $v;
		}
	}
	return $fallback;
}

/* ---- self-check: Prism validates requests against the patched spec -------------------------- */

function raw_request(string $method, string $path, array $headers, string $body = ''): array
{
	global $baseUrl;
	$u = parse_url($baseUrl);
	$fp = @stream_socket_client("tcp://{$u['host']}:{$u['port']}", $errno, $errstr, 5);
	if ($fp === false) {
		return [0, "connect: $errstr"];
	}
	stream_set_timeout($fp, 10);
	$head = "$method {$u['path']}$path HTTP/1.0\r\nHost: {$u['host']}\r\n";
	foreach ($headers as $name => $value) {
		$head .= "$name: $value\r\n";
	}
	fwrite($fp, $head . ($body === '' ? '' : 'Content-Length: ' . strlen($body) . "\r\n") . "\r\n" . $body);
	$resp = stream_get_contents($fp);
	fclose($fp);
	[$head, $payload] = explode("\r\n\r\n", (string) $resp, 2) + ['', ''];
	return [(int) (explode(' ', $head)[1] ?? 0), $payload];
}

$from = prism_log_offset();
[$status, $payload] = raw_request('POST', '/bookings',
	['Content-Type' => 'application/json', 'cal-api-version' => '2024-08-13'], '{"start":"2030-01-08T13:00:00Z"}');
$v = json_decode($payload, true)['validation'] ?? [];
$seen = prism_requests(prism_log_settle($from));
$selfInvalid = count(array_filter($seen, fn($r) => $r['invalid']));
$seenInvalid += $selfInvalid;
result('self-check: Prism rejects a booking without attendee', $status === 422 && $v !== [] && $selfInvalid === 1 ? []
	: ["expected 422 with violations and one invalid request in Prism's log; got HTTP $status, "
		. count($v) . " violations, $selfInvalid logged"], $status === 422 ? '(422, ' . count($v) . ' violations)' : '');

$from = prism_log_offset();
[$status] = raw_request('GET', '/bookings?take=10', ['cal-api-version' => '2024-04-15', 'Authorization' => 'Bearer cal_x']);
$p = request_problems(prism_requests(prism_log_settle($from)));
result('self-check: a legacy cal-api-version is caught', $status === 200
	&& $p === ['GET /v2/bookings: cal-api-version "2024-04-15", the spec requires "2024-08-13"'] ? []
	: ["expected Prism to answer 200 and the version check to object; got HTTP $status, " . json_encode($p)]);

/* ---- the calls -------------------------------------------------------------------------------- */

try {
	$client = make_client([]);
	$team = make_client(['team_id' => TEAM_ID]);
} catch (Throwable $e) {
	result('new Calbook\Client', [get_class($e) . ': ' . $e->getMessage()]);
	say("contract: $passed passed, $failed failed");
	exit(1);
}

// Bookings (cal-api-version 2024-08-13)
$created = check('createBooking (flat)', fn() => $client->createBooking([
	'eventTypeId' => 501,
	'start' => '2030-01-08T13:00:00Z',
	'name' => 'Maria Huber',
	'email' => 'maria.huber@example.com',
	'timeZone' => 'Europe/Berlin',
	'phone' => '+4915112345678',
	'language' => 'de',
	'metadata' => ['call_id' => 'call_8f2a61c0e4', 'source' => 'phone-agent', 'preferred_staff_id' => 102, 'callback' => true],
	'bookingFieldsResponses' => ['notes' => 'Kurzhaarschnitt, bitte mit Maschine'],
]));
check('createBooking (flat, defaults)', fn() => $client->createBooking([
	'eventTypeId' => '502',
	'start' => '2030-01-08T15:30:00+00:00',
	'name' => 'Jürgen Weiß',
	'email' => 'juergen.weiss@example.com',
	'phone' => '0171 1234567',
]));
check('createBooking (attendee)', fn() => $client->createBooking([
	'start' => '2030-01-09T08:00:00Z',
	'eventTypeId' => 502,
	'attendee' => [
		'name' => 'Anna Kowalski',
		'email' => 'anna.kowalski@example.com',
		'timeZone' => 'Europe/Berlin',
		'phoneNumber' => '+4917098765432',
		'language' => 'de',
	],
	'guests' => ['tomasz.kowalski@example.com'],
	'metadata' => ['call_id' => 'call_19d3b7aa05'],
	'bookingFieldsResponses' => ['notes' => 'Färben und Schneiden'],
]));
check('createBooking (attendee, team slug)', fn() => $client->createBooking([
	'start' => '2030-01-09T09:30:00Z',
	'eventTypeSlug' => 'herrenhaarschnitt',
	'teamSlug' => 'salon-demo',
	'attendee' => ['name' => 'Lukas Brandt', 'timeZone' => 'Europe/Berlin', 'phoneNumber' => '+4915223344556'],
]));

$uid = data_of($created, 'data.uid', 'booking_uid_123');
$id = data_of($created, 'data.id', 123);
$uids = array_values(array_unique([$uid, 'k2Hq8ZpW3nV5xR7tY9bL1c', 'previous_uid_123']));

check('getBooking (uid)', fn() => $client->getBooking($uid));
check('getBooking (int id)', fn() => $client->getBooking(is_int($id) ? $id : 123));
check('getBookings', fn() => $client->getBookings());
check('getBookings (filters)', fn() => $client->getBookings([
	'status' => 'upcoming',
	'attendeeEmail' => 'maria.huber@example.com',
	'attendeeName' => 'Maria Huber',
	'eventTypeIds' => [501, 502],
	'teamsIds' => [TEAM_ID],
	'afterStart' => '2030-01-01T00:00:00Z',
	'beforeEnd' => '2030-01-31T23:59:59Z',
	'sortStart' => 'asc',
	'take' => 50,
	'skip' => 0,
]));
check('getBookings (status list)', fn() => $client->getBookings(['status' => ['upcoming', 'unconfirmed'], 'sortCreated' => 'desc', 'take' => 10]));
check('getBookings (teamId, dates)', fn() => $client->getBookings([
	'teamId' => TEAM_ID,
	'eventTypeId' => 501,
	'afterCreatedAt' => '2029-12-01T00:00:00Z',
	'beforeUpdatedAt' => '2030-02-01T00:00:00Z',
	'sortEnd' => 'desc',
	'sortUpdatedAt' => 'asc',
]));
check('rescheduleBooking', fn() => $client->rescheduleBooking($uid, [
	'start' => '2030-01-10T10:00:00Z',
	'reschedulingReason' => 'Kundin hat angerufen',
	'rescheduledBy' => 'fabian@salon-demo.test',
]));
check('cancelBooking (reason)', fn() => $client->cancelBooking($uid, 'Kunde krank'));
check('cancelBooking (no reason)', fn() => $client->cancelBooking($uid));
check('reassignBooking (round robin)', fn() => $client->reassignBooking($uid));
check('reassignBooking (userId, reason)', fn() => $client->reassignBooking($uid, 102, 'Fabian ist krank'));
check('reassignBooking (userId)', fn() => $client->reassignBooking($uid, 103));
check('confirmBooking', fn() => $client->confirmBooking($uid));
check('declineBooking (reason)', fn() => $client->declineBooking($uid, 'Salon an diesem Tag geschlossen'));
check('declineBooking (no reason)', fn() => $client->declineBooking($uid));
check('markAbsent (attendee)', fn() => $client->markAbsent($uid, [
	'attendees' => [['email' => 'maria.huber@example.com', 'absent' => true]],
]));
check('markAbsent (host)', fn() => $client->markAbsent($uid, ['host' => true]));
check('getBookingsByUid', function () use ($client, $uids) {
	$all = $client->getBookingsByUid($uids, 2);
	$keys = array_map('strval', array_keys($all));
	sort($keys);
	$want = $uids;
	sort($want);
	if ($keys !== $want) { // one result per uid, keyed by it
		throw new UnexpectedValueException('results keyed by ' . json_encode($keys) . ', asked for ' . json_encode($want));
	}
	return $all;
});

// Slots (2024-09-04)
check('getAvailableSlots (default format)', fn() => $client->getAvailableSlots([
	'eventTypeId' => 501,
	'start' => '2030-01-08',
	'end' => '2030-01-14',
	'timeZone' => 'Europe/Berlin',
]));
check('getAvailableSlots (range format)', fn() => $client->getAvailableSlots([
	'eventTypeId' => 502,
	'start' => '2030-01-08T00:00:00Z',
	'end' => '2030-01-09T00:00:00Z',
	'timeZone' => 'Europe/Berlin',
	'format' => 'range',
]));
check('getAvailableSlots (team slug)', fn() => $client->getAvailableSlots([
	'eventTypeSlug' => 'damenhaarschnitt',
	'teamSlug' => 'salon-demo',
	'start' => '2030-01-08',
	'end' => '2030-01-08',
	'duration' => 60,
]));
$reserved = check('reserveSlot', fn() => $client->reserveSlot([
	'eventTypeId' => 501,
	'slotStart' => '2030-01-08T13:00:00Z',
	'slotDuration' => 30,
	'reservationDuration' => 5,
]));
$reservationUid = data_of($reserved, 'data.reservationUid', 'e84be5a3-4696-49e3-acc7-b2f3999c3b94');
check('releaseSlot', fn() => $client->releaseSlot($reservationUid));

// Event types: global (2024-06-14) and team-scoped
check('getEventTypes', fn() => $client->getEventTypes());
check('getEventTypes (query)', fn() => $client->getEventTypes(['username' => 'fabian', 'sortCreatedAt' => 'desc']));
check('getEventType', fn() => $client->getEventType(503));
$et = check('createEventType', fn() => $client->createEventType([
	'title' => 'Bartpflege',
	'slug' => 'bartpflege',
	'lengthInMinutes' => 20,
	'description' => 'Bart trimmen und pflegen',
]));
$etId = data_of($et, 'data.id', 504);
check('updateEventType', fn() => $client->updateEventType(is_int($etId) ? $etId : 504, ['title' => 'Bartpflege deluxe', 'lengthInMinutes' => 25]));
check('deleteEventType', fn() => $client->deleteEventType(is_int($etId) ? $etId : 504));
check('getEventTypes (team_id)', fn() => $team->getEventTypes());
check('getEventTypes (team_id, query)', fn() => $team->getEventTypes(['eventSlug' => 'herrenhaarschnitt', 'sortCreatedAt' => 'asc']));
check('getEventType (team_id)', fn() => $team->getEventType(501));
$tet = check('createEventType (team_id)', fn() => $team->createEventType([
	'title' => 'Kinderhaarschnitt',
	'slug' => 'kinderhaarschnitt',
	'lengthInMinutes' => 20,
	'schedulingType' => 'roundRobin',
	'hosts' => [['userId' => 101], ['userId' => 102, 'priority' => 'high'], ['userId' => 103]],
]));
$tetId = data_of($tet, 'data.id', 505);
check('updateEventType (team_id)', fn() => $team->updateEventType(is_int($tetId) ? $tetId : 505, ['lengthInMinutes' => 25]));
check('deleteEventType (team_id)', fn() => $team->deleteEventType(is_int($tetId) ? $tetId : 505));

// Webhooks and team members
check('getWebhooks', fn() => $client->getWebhooks());
$wh = check('createWebhook', fn() => $client->createWebhook([
	'subscriberUrl' => 'https://salon-demo.test/webhooks/calcom',
	'triggers' => ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED'],
	'active' => true,
	'secret' => 'whsec_contract_3f9b2c7d',
]));
$whId = data_of($wh, 'data.id', 7);
check('deleteWebhook', fn() => $client->deleteWebhook($whId));
check('deleteWebhook (string id)', fn() => $client->deleteWebhook((string) $whId));
check('getTeamMembers (teamId)', fn() => $client->getTeamMembers(TEAM_ID));
check('getTeamMembers (team_id)', fn() => $team->getTeamMembers());

// Anything else
check('request (GET /me)', fn() => $client->request('GET', '/me'));
check('request (GET /webhooks, query)', fn() => $client->request('GET', '/webhooks', ['query' => ['take' => 10, 'skip' => 0]]));
check('request (GET calendar-links)', fn() => $client->request('GET', "/bookings/$uid/calendar-links"));
check('request (POST guests, json)', fn() => $client->request('POST', "/bookings/$uid/guests", [
	'json' => ['guests' => [['email' => 'tomasz.kowalski@example.com', 'name' => 'Tomasz Kowalski', 'timeZone' => 'Europe/Berlin']]],
]));

// stats() sends nothing: its counters must agree with what was sent
$sent = 0;
$problems = [];
$figures = [];
foreach (['client' => $client, 'team client' => $team] as $name => $c) {
	try {
		$st = $c->stats();
		$sent += $st['requests'] ?? 0;
		$figures[] = sprintf('%s: %d requests, %d connections opened, %d reused', $name, $st['requests'] ?? -1,
			$st['connections_opened'] ?? -1, $st['connections_reused'] ?? -1);
		if (($st['retries'] ?? -1) !== 0) {
			$problems[] = "$name: retries " . json_encode($st['retries'] ?? null) . ' with max_retries 0';
		}
	} catch (Throwable $e) {
		$problems[] = get_class($e) . ': ' . $e->getMessage();
	}
}
if ($sent !== $loggedRequests) {
	$problems[] = "stats() counts $sent requests, the logger saw $loggedRequests";
}
result('stats', $problems, '(' . implode('; ', $figures) . ')');

/* ---- every request Prism found invalid was attributed to a check ----------------------------- */
$received = prism_requests(prism_log_settle(0));
$all = array_filter($received, fn($r) => $r['invalid']);
if (count($all) !== $seenInvalid) {
	$problems = [];
	foreach ($all as $r) {
		$problems[] = "{$r['req']}: " . implode('; ', $r['violations']);
	}
	result("Prism's log", ['it lists ' . count($all) . " invalid requests, the checks saw $seenInvalid:", ...$problems]);
}
// two raw requests of the self-checks, and every request the logger reported: no more, no less
if (count($received) !== $loggedRequests + 2) {
	result("Prism's log", ['Prism received ' . count($received) . ' requests, the logger reported '
		. "$loggedRequests (+2 self-checks)"]);
}

if ($mockResponseViolations !== []) {
	say('note: Prism also reported ' . count($mockResponseViolations) . ' violation(s) of its own mock responses'
		. ' (the spec\'s examples against its schemas); these are not requests and do not count');
}
if (str_contains($output, API_KEY) || str_contains($output, substr(API_KEY, 9))) {
	result('the API key stays out of the output', ['the API key appeared in the output above']);
}
say("contract: $passed passed, $failed failed");
exit($failed === 0 && $passed > 0 ? 0 : 1);
