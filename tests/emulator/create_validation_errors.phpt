--TEST--
POST /v2/bookings validates like Cal.com's DTO: 400 BadRequestException with details.errors
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$post = fn (array $b) => $emu->request('POST', '/bookings', $emu->headers('bookings'), $b);
$ok = ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501, 'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']];
$props = function (array $r): string {
    $out = [];
    foreach ($r['json']['error']['details']['errors'] as $e) {
        $out[] = $e['property'] . ($e['children'] ? '.' . implode('+', array_column($e['children'], 'property')) : '');
    }
    return $r['status'] . ' ' . $r['json']['error']['message'] . ': ' . implode(', ', $out);
};
echo $props($post(['start' => '2050-09-05 07:00'] + $ok)), "\n";
echo $props($post(['start' => '2050-09-05T09:00:00+02:00'] + $ok)), "\n";
echo $props($post(array_diff_key($ok, ['attendee' => 1]))), "\n";
echo $props($post(['attendee' => ['name' => 'Max', 'email' => 'not-an-email', 'timeZone' => 'Mars/Base']] + $ok)), "\n";
echo $props($post(['eventTypeId' => '501'] + $ok)), "\n";
echo $props($post(['metadata' => ['paid' => true]] + $ok)), "\n";
$many = [];
for ($i = 0; $i < 51; $i++) { $many["k$i"] = 'v'; }
echo $props($post(['metadata' => $many] + $ok)), "\n";
$r = $post(['eventTypeId' => 999] + $ok);
echo $r['status'], ' ', $r['json']['error']['message'], "\n";
$r = $emu->request('POST', '/bookings', $emu->headers('bookings'), '{"start": ');
echo $r['status'], ' ', $r['json']['error']['code'], "\n";
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
400 Bad Request Exception: start
400 Bad Request Exception: start
400 Bad Request Exception: attendee
400 Bad Request Exception: attendee.timeZone+email
400 Bad Request Exception: eventTypeId
400 Bad Request Exception: metadata
400 Bad Request Exception: metadata
404 Event type with id=999 not found
400 BadRequestException
int(0)
