--TEST--
Rate limit: X-RateLimit-{Limit,Remaining,Reset}-Default on every response, per API key, no bare X-RateLimit-Limit
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
foreach ([1, 2] as $i) {
    $r = $emu->request('GET', '/bookings', $h);
    echo $r['headers']['x-ratelimit-limit-default'], ' ', $r['headers']['x-ratelimit-remaining-default'], ' ',
        ($r['headers']['x-ratelimit-reset-default'] >= 59 && $r['headers']['x-ratelimit-reset-default'] <= 60 ? 'reset ok' : 'reset ' . $r['headers']['x-ratelimit-reset-default']), "\n";
}
// Errors carry them too, and unauthenticated callers are tracked apart (by IP).
$r = $emu->request('GET', '/bookings/nope', $h);
echo $r['status'], ' ', $r['headers']['x-ratelimit-remaining-default'], "\n";
$r = $emu->request('GET', '/slots?eventTypeId=501&start=2050-09-05&end=2050-09-05', ['cal-api-version' => '2024-09-04']);
echo $r['status'], ' ', $r['headers']['x-ratelimit-remaining-default'], "\n";
var_dump(isset($r['headers']['x-ratelimit-limit']), isset($r['headers']['retry-after']));
?>
--EXPECT--
120 119 reset ok
120 118 reset ok
404 117
200 119
bool(false)
bool(false)
