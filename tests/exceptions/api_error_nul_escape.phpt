--TEST--
ApiException: a "\u0000" in a Cal.com error body keeps the error code and the whole message
--EXTENSIONS--
calbook
--FILE--
<?php
$cases = [
    'message' => '{"status":"error","error":{"code":"BadRequestException","message":"name \u0000 is not allowed"}}',
    'code' => '{"status":"error","error":{"code":"Bad\u0000Request","message":"after the code"}}',
    'details value' => '{"status":"error","error":{"code":"BAD_REQUEST","message":"m","details":{"field":"a\u0000b"}}}',
    'details key' => '{"status":"error","error":{"code":"BAD_REQUEST","message":"key","details":{"f\u0000":1}}}',
    'raw list' => '{"statusCode":400,"message":["first \u0000","second"],"error":"Bad Request"}',
    'escaped backslash' => '{"status":"error","error":{"code":"X","message":"literal \\\\u0000 text"}}',
];
foreach ($cases as $label => $body) {
    try {
        (new Calbook\Response(400, $body))->throw();
        echo "$label: no exception\n";
    } catch (Calbook\ApiException $e) {
        echo "$label: ", get_class($e), "\n  message: ", str_replace("\u{FFFD}", '<U+FFFD>', $e->getMessage()), "\n";
        echo "  code: ", var_export($e->getErrorCode() === null ? null : str_replace("\u{FFFD}", '<U+FFFD>', $e->getErrorCode()), true), "\n";
        echo "  details: ", var_export($e->getDetails(), true), "\n";
    }
}
?>
--EXPECT--
message: Calbook\ApiException
  message: Cal.com API error: HTTP 400 BadRequestException: name <U+FFFD> is not allowed
  code: 'BadRequestException'
  details: NULL
code: Calbook\ApiException
  message: Cal.com API error: HTTP 400 Bad<U+FFFD>Request: after the code
  code: 'Bad<U+FFFD>Request'
  details: NULL
details value: Calbook\ApiException
  message: Cal.com API error: HTTP 400 BAD_REQUEST: m
  code: 'BAD_REQUEST'
  details: array (
  'field' => 'a' . "\0" . 'b',
)
details key: Calbook\ApiException
  message: Cal.com API error: HTTP 400 BAD_REQUEST: key
  code: 'BAD_REQUEST'
  details: array (
  'f�' => 1,
)
raw list: Calbook\ApiException
  message: Cal.com API error: HTTP 400 Bad Request: first <U+FFFD>; second
  code: 'Bad Request'
  details: NULL
escaped backslash: Calbook\ApiException
  message: Cal.com API error: HTTP 400 X: literal \u0000 text
  code: 'X'
  details: NULL
