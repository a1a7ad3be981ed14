--TEST--
Client logging: no booking uid or id reaches the logger (host fetch entries, request() paths templated from the endpoint table, other request() paths without their dynamic segments)
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$log = [];
$c = cbt_client($emu, ['logger' => cbt_logger($log)]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$c->request('GET', "/bookings/$uid");
$c->request('POST', "/bookings/$uid/cancel", ['json' => ['cancellationReason' => 'x']]);
$c->request('GET', "/bookings/$uid/references");
$c->request('GET', '/event-types/501');
$c->request('GET', "/teams/42/event-types/501");
$c->request('GET', '/schedules/77');
$c->request('GET', '/me');
$c->getBookingsByUid([$uid, 'other-uid-123']);
// Everything but the timing (a duration such as 1.42 is not an id).
$all = serialize(array_map(function ($e) { unset($e[2]['duration_ms']); return $e; }, $log));
var_dump(str_contains($all, $uid), str_contains($all, 'other-uid-123'), preg_match('/\b(501|42|77)\b/', $all));
$lines = [];
foreach ($log as [$level, $msg, $ctx]) {
    $lines[] = preg_replace('/ [0-9]{3}$/', ' NNN', $msg);
}
sort($lines); // getBookingsByUid's entries come in the order the transfers end
echo implode("\n", $lines), "\n";
?>
--EXPECT--
bool(false)
bool(false)
int(0)
calbook: GET /v2/bookings/{uid} NNN
calbook: GET /v2/bookings/{uid} NNN
calbook: GET /v2/bookings/{uid} NNN
calbook: GET /v2/bookings/{uid} NNN
calbook: GET /v2/bookings/{uid}/references NNN
calbook: GET /v2/event-types/{id} NNN
calbook: GET /v2/me NNN
calbook: GET /v2/schedules/{id} NNN
calbook: GET /v2/teams/{teamId}/event-types/{id} NNN
calbook: POST /v2/bookings NNN
calbook: POST /v2/bookings/{uid}/cancel NNN
calbook: create response without hosts; fetched the booking
