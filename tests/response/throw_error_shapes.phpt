--TEST--
Response: throw() maps each Cal.com error shape to the typed exception
--EXTENSIONS--
calbook
--FILE--
<?php
$envelope = fn($code, $message, $details = null) => json_encode(array_filter(['status' => 'error',
    'timestamp' => '2030-01-01T00:00:00.000Z', 'path' => '/v2/bookings',
    'error' => array_filter(['code' => $code, 'message' => $message, 'details' => $details], fn($v) => $v !== null)]));
$cases = [
    [404, $envelope('NotFoundException', 'Booking with uid=abc not found', ['message' => 'Booking with uid=abc not found', 'error' => 'Not Found', 'statusCode' => 404])],
    [400, $envelope('BadRequestException', 'Bad Request Exception', ['errors' => [['property' => 'start']]])],
    [400, $envelope('BAD_REQUEST', 'invalid_type in attendee.email')],
    [401, $envelope('UnauthorizedException', 'ApiAuthStrategy - api key - Your api key is not valid')],
    [500, '{"statusCode":500,"message":"Internal server error"}'],
    [400, '{"statusCode":400,"message":["start must be a valid ISO 8601 date string","attendee should not be empty"],"error":"Bad Request"}'],
    [502, '<html>Bad Gateway</html>'],
    [503, ''],
];
foreach ($cases as [$status, $body]) {
    $r = new Calbook\Response($status, $body, ['X-Request-Id' => "req-$status"]);
    try {
        $r->throw();
        echo "no exception\n";
    } catch (Calbook\ApiException $e) {
        echo get_class($e), " | ", $e->getMessage(), "\n";
        echo "  status=", $e->getStatus(), " code=", var_export($e->getErrorCode(), true), " request=", $e->getRequestId(),
            " getCode=", $e->getCode(), " details=", json_encode($e->getDetails()), "\n";
        var_dump($e instanceof Calbook\Exception, $e instanceof RuntimeException);
    }
}
?>
--EXPECT--
Calbook\NotFoundException | Cal.com API error: HTTP 404 NotFoundException: Booking with uid=abc not found [request id req-404]
  status=404 code='NotFoundException' request=req-404 getCode=404 details={"message":"Booking with uid=abc not found","error":"Not Found","statusCode":404}
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 400 BadRequestException: Bad Request Exception [request id req-400]
  status=400 code='BadRequestException' request=req-400 getCode=400 details={"errors":[{"property":"start"}]}
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 400 BAD_REQUEST: invalid_type in attendee.email [request id req-400]
  status=400 code='BAD_REQUEST' request=req-400 getCode=400 details=null
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 401 UnauthorizedException: ApiAuthStrategy - api key - Your api key is not valid [request id req-401]
  status=401 code='UnauthorizedException' request=req-401 getCode=401 details=null
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 500: Internal server error [request id req-500]
  status=500 code=NULL request=req-500 getCode=500 details=null
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 400 Bad Request: start must be a valid ISO 8601 date string; attendee should not be empty [request id req-400]
  status=400 code='Bad Request' request=req-400 getCode=400 details=null
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 502 (unrecognised body of 24 bytes) [request id req-502]
  status=502 code=NULL request=req-502 getCode=502 details=null
bool(true)
bool(true)
Calbook\ApiException | Cal.com API error: HTTP 503 (empty body of 0 bytes) [request id req-503]
  status=503 code=NULL request=req-503 getCode=503 details=null
bool(true)
bool(true)
