--TEST--
Response: 429 becomes RateLimitException with the seconds until reset
--EXTENSIONS--
calbook
--FILE--
<?php
$body = '{"status":"error","timestamp":"2030-01-01T00:00:00.000Z","path":"/v2/bookings","error":{"code":"ThrottlerException","message":"CustomThrottlerGuard - Too many requests. Please try again later."}}';
$cases = [
    ['X-RateLimit-Limit-Default' => '120', 'X-RateLimit-Remaining-Default' => '0', 'X-RateLimit-Reset-Default' => '42'],
    ['X-RateLimit-Reset-Default' => (string) (time() + 30)],   // a Unix timestamp, as the docs say
    ['X-RateLimit-Reset-Default' => '5', 'X-RateLimit-Reset-Burst' => '17'],
    ['X-RateLimit-Reset-Default' => 'soon'],
    [],
];
foreach ($cases as $headers) {
    try { (new Calbook\Response(429, $body, $headers))->throw(); }
    catch (Calbook\RateLimitException $e) {
        $r = $e->getRetryAfter();
        echo get_class($e), ' ', $e->getErrorCode(), ' retryAfter=', $r === null ? 'null' : ($r >= 28 && $r <= 30 ? '~30' : $r), "\n";
        var_dump($e instanceof Calbook\ApiException);
    }
}
?>
--EXPECT--
Calbook\RateLimitException ThrottlerException retryAfter=42
bool(true)
Calbook\RateLimitException ThrottlerException retryAfter=~30
bool(true)
Calbook\RateLimitException ThrottlerException retryAfter=17
bool(true)
Calbook\RateLimitException ThrottlerException retryAfter=null
bool(true)
Calbook\RateLimitException ThrottlerException retryAfter=null
bool(true)
