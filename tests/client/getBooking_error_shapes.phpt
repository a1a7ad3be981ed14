--TEST--
Client: Cal.com's error shapes (envelope, BAD_REQUEST, raw 500) arrive as failed Responses; throw() maps each with the request id
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 0]);
foreach ([
    ['status' => 400, 'shape' => 'envelope', 'message' => 'User either already has booking at this time or is not available'],
    ['status' => 400, 'shape' => 'bad_request', 'message' => 'invalid_type in attendee'],
    ['status' => 500, 'shape' => 'raw500'],
    ['status' => 401, 'shape' => 'envelope', 'message' => 'ApiAuthStrategy - api key - Your api key is not valid'],
] as $f) {
    $emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 1, 'type' => 'status'] + $f]]);
    $r = $c->createBooking(cbt_flat());
    try {
        $r->throw();
    } catch (Calbook\ApiException $e) {
        echo $r->status(), ' ', get_class($e), ' ', var_export($e->getErrorCode(), true), ' ', preg_replace('/ \[request id [^\]]+\]/', ' [request id]', $e->getMessage()), ' ', $e->getRequestId() === $r->header('x-request-id') ? 'id ok' : 'id missing', "\n";
    }
}
echo cbt_catch(fn() => cbt_client($emu, ['max_retries' => 0])->getBooking('x')->throw()), "\n";
?>
--EXPECTF--
400 Calbook\ApiException 'BadRequestException' Cal.com API error: HTTP 400 BadRequestException: User either already has booking at this time or is not available [request id] id ok
400 Calbook\ApiException 'BAD_REQUEST' Cal.com API error: HTTP 400 BAD_REQUEST: invalid_type in attendee [request id] id ok
500 Calbook\ApiException NULL Cal.com API error: HTTP 500: Internal server error [request id] id ok
401 Calbook\ApiException 'UnauthorizedException' Cal.com API error: HTTP 401 UnauthorizedException: ApiAuthStrategy - api key - Your api key is not valid [request id] id ok
Calbook\NotFoundException: Cal.com API error: HTTP 404 NotFoundException: %s
