--TEST--
Client::createBooking(): a 5xx answer (even 503) is not retried: one request, a failed Response, throw() maps it
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 3]);
foreach ([503, 502, 500] as $status) {
    $emu->reset();
    $emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'status', 'status' => $status]]]);
    $r = $c->createBooking(cbt_flat());
    echo $status, ': status ', $r->status(), ', requests ', cbt_requests($emu), ', booked ', $emu->stats()['bookings_created'], ', ', cbt_catch(fn() => $r->throw()), "\n";
}
var_dump($c->stats()['retries']);
?>
--EXPECTF--
503: status 503, requests 1, booked 0, Calbook\ApiException: Cal.com API error: HTTP 503: Service Unavailable [request id %s]
502: status 502, requests 1, booked 0, Calbook\ApiException: Cal.com API error: HTTP 502: Bad Gateway [request id %s]
500: status 500, requests 1, booked 0, Calbook\ApiException: Cal.com API error: HTTP 500: Internal server error [request id %s]
int(0)
