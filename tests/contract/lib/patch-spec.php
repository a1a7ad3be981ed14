<?php
/*
 * Writes a patched copy of Cal.com's openapi-v2.json for the contract test.
 *
 *   php tests/contract/lib/patch-spec.php <spec.json> <out.json>
 *
 * The spec is Cal.com's own, copied unchanged. It is wrong in a few places, listed in
 * spec/calcom/ERRATA.md; this script patches exactly those points that matter to the requests
 * calbook sends and the responses it reads, in the copy only, and prints one line per patch.
 * Anything else is left as the spec says. When a point cannot be found where it is expected
 * (the spec changed), the script fails rather than validate against a half-patched copy.
 */

declare(strict_types=1);

if ($argc !== 3) {
	fwrite(STDERR, "usage: php patch-spec.php <spec.json> <out.json>\n");
	exit(2);
}
[, $in, $out] = $argv;

$raw = @file_get_contents($in);
if ($raw === false) {
	fwrite(STDERR, "patch-spec: cannot read $in\n");
	exit(1);
}
try {
	$spec = json_decode($raw, false, 512, JSON_THROW_ON_ERROR);
} catch (JsonException $e) {
	fwrite(STDERR, "patch-spec: $in is not JSON: {$e->getMessage()}\n");
	exit(1);
}

$patched = 0;
function patched(string $what): void
{
	global $patched;
	$patched++;
	echo "patched: $what\n";
}
function fail(string $what): never
{
	fwrite(STDERR, "patch-spec: $what (has the spec changed? see spec/calcom/ERRATA.md)\n");
	exit(1);
}
function schema(object $spec, string $name): object
{
	if (!isset($spec->components->schemas->$name) || !is_object($spec->components->schemas->$name)) {
		fail("schema $name not found");
	}
	return $spec->components->schemas->$name;
}

/* 1. Request bodies declared as oneOf: the alternatives overlap (a regular booking body also
 *    matches the recurring one), so a strict validator rejects every valid body. anyOf. */
$n = 0;
foreach ($spec->paths as $path => $item) {
	foreach ($item as $method => $op) {
		if (!is_object($op) || !isset($op->requestBody->content)) {
			continue;
		}
		foreach ($op->requestBody->content as $type => $media) {
			if (isset($media->schema->oneOf)) {
				$media->schema->anyOf = $media->schema->oneOf;
				unset($media->schema->oneOf);
				$refs = array_map(fn($s) => basename($s->{'$ref'} ?? 'inline'), $media->schema->anyOf);
				patched(sprintf('%s %s request body (%s): oneOf -> anyOf [%s]', strtoupper($method), $path,
					$type, implode(', ', $refs)));
				$n++;
			}
		}
	}
}
if ($n === 0) {
	fail('no request body declared as oneOf');
}

/* 2. Webhook triggers: the spec types them as one string with an enum; the API takes an array
 *    of trigger names (POST and PATCH). */
foreach (['CreateWebhookInputDto', 'UpdateWebhookInputDto'] as $name) {
	$t = schema($spec, $name)->properties->triggers ?? null;
	if (!is_object($t) || ($t->type ?? null) !== 'string' || !isset($t->enum)) {
		fail("$name.triggers is not the string enum ERRATA describes");
	}
	$items = (object) ['type' => 'string', 'enum' => $t->enum];
	unset($t->type, $t->enum);
	$t->type = 'array';
	$t->items = $items;
	patched("$name.triggers: string enum -> array of trigger names (" . count($items->enum) . ' names)');
}

/* 3. GET /v2/slots 200, default format: each day maps to an array of {start} objects, not of
 *    strings. */
$slots = $spec->paths->{'/v2/slots'}->get->responses->{'200'}->content->{'application/json'}->schema ?? null;
$default = null;
foreach ($slots->oneOf ?? [] as $alt) {
	if (str_starts_with($alt->title ?? '', 'Default format')) {
		$default = $alt;
	}
}
if ($default === null || ($default->additionalProperties->items->type ?? null) !== 'string') {
	fail('GET /v2/slots 200 default format is not an array of strings');
}
$default->additionalProperties->items = (object) [
	'type' => 'object',
	'properties' => (object) ['start' => (object) ['type' => 'string']],
	'required' => ['start'],
];
patched('GET /v2/slots 200 default format: items string -> {start} object');

/* 4. ReassignBookingOutput_2024_08_13 refers to itself; the data is
 *    {bookingUid, reassignedTo: {id, name, email}}. */
$r = schema($spec, 'ReassignBookingOutput_2024_08_13');
$selfRef = '#/components/schemas/ReassignBookingOutput_2024_08_13';
if (($r->properties->data->oneOf[0]->{'$ref'} ?? null) !== $selfRef
	&& ($r->properties->data->allOf[0]->{'$ref'} ?? null) !== $selfRef) {
	fail('ReassignBookingOutput_2024_08_13.data does not refer to itself');
}
$r->properties->data = (object) [
	'type' => 'object',
	'properties' => (object) [
		'bookingUid' => (object) ['type' => 'string', 'example' => 'abc123def456ghi789jkl0'],
		'reassignedTo' => (object) [
			'type' => 'object',
			'properties' => (object) [
				'id' => (object) ['type' => 'number', 'example' => 102],
				'name' => (object) ['type' => 'string', 'example' => 'Jane Doe'],
				'email' => (object) ['type' => 'string', 'example' => 'jane100@example.com'],
			],
			'required' => ['id', 'name', 'email'],
		],
	],
	'required' => ['bookingUid', 'reassignedTo'],
];
patched('ReassignBookingOutput_2024_08_13.data: self-reference -> {bookingUid, reassignedTo: {id, name, email}}');

/* 5. GET /v2/bookings team filter: the parameter is teamsIds (only an example says teamIds). */
$params = array_map(fn($p) => $p->name ?? '', $spec->paths->{'/v2/bookings'}->get->parameters ?? []);
if (in_array('teamIds', $params, true)) {
	foreach ($spec->paths->{'/v2/bookings'}->get->parameters as $p) {
		if ($p->name === 'teamIds') {
			$p->name = 'teamsIds';
		}
	}
	patched('GET /v2/bookings query parameter teamIds -> teamsIds');
} elseif (in_array('teamsIds', $params, true)) {
	echo "unchanged: GET /v2/bookings already declares the query parameter teamsIds\n";
} else {
	fail('GET /v2/bookings declares neither teamIds nor teamsIds');
}

/* 6. Booking status: awaiting_host exists besides cancelled, accepted, rejected, pending. */
$n = 0;
foreach ($spec->components->schemas as $name => $s) {
	$enum = $s->properties->status->enum ?? null;
	if (str_contains($name, 'Booking') && is_array($enum) && in_array('accepted', $enum, true)
		&& !in_array('awaiting_host', $enum, true)) {
		$s->properties->status->enum[] = 'awaiting_host';
		patched("$name.status: enum + awaiting_host");
		$n++;
	}
}
if ($n === 0) {
	fail('no booking output with a status enum');
}

/* 7. hosts[].id: the string "unknown" when the booking has no user. */
$id = schema($spec, 'BookingHost')->properties->id ?? null;
if (!is_object($id) || !in_array($id->type ?? null, ['number', 'integer'], true)) {
	fail('BookingHost.id is not a number');
}
$example = $id->example ?? null;
schema($spec, 'BookingHost')->properties->id = (object) array_filter([
	'anyOf' => [(object) ['type' => $id->type], (object) ['type' => 'string', 'enum' => ['unknown']]],
	'example' => $example,
], fn($v) => $v !== null);
patched("BookingHost.id: {$id->type} -> {$id->type} | \"unknown\"");

$json = json_encode($spec, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION);
if ($json === false || file_put_contents($out, $json) === false) {
	fwrite(STDERR, "patch-spec: cannot write $out\n");
	exit(1);
}
echo "patch-spec: $patched patches from ERRATA.md applied to a temporary copy ($out); the original is unchanged\n";
