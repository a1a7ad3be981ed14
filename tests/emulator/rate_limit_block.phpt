--TEST--
Rate limit: over the limit a 429 ThrottlerException, then blocked for block_s (Reset in seconds, no Retry-After); other keys unaffected
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 3, 'window_s' => 60, 'block_s' => 30], 'api_keys' => ['cal_test_calbook_emulator', 'cal_test_other']]);
$h = $emu->headers('bookings');
for ($i = 1; $i <= 5; $i++) {
    $r = $emu->request('GET', '/bookings', $h);
    echo $i, ': ', $r['status'], ' remaining ', $r['headers']['x-ratelimit-remaining-default'];
    if ($r['status'] === 429) {
        $reset = (int) $r['headers']['x-ratelimit-reset-default'];
        echo ' ', $r['json']['error']['code'], ' "', $r['json']['error']['message'], '" reset ', ($reset >= 29 && $reset <= 30 ? 'ok' : $reset),
            ' retry-after ', isset($r['headers']['retry-after']) ? 'yes' : 'no';
    }
    echo "\n";
}
$r = $emu->request('GET', '/bookings', ['Authorization' => 'Bearer cal_test_other', 'cal-api-version' => '2024-08-13']);
echo 'other key: ', $r['status'], "\n";
// A blocked caller's create is refused before anything is booked.
$r = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']]);
echo 'create: ', $r['status'], ', created ', $emu->stats()['bookings_created'], "\n";
?>
--EXPECT--
1: 200 remaining 2
2: 200 remaining 1
3: 200 remaining 0
4: 429 remaining 0 ThrottlerException "CustomThrottlerGuard - Too many requests. Please try again later." reset ok retry-after no
5: 429 remaining 0 ThrottlerException "CustomThrottlerGuard - Too many requests. Please try again later." reset ok retry-after no
other key: 200
create: 429, created 0
