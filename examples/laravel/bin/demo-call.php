<?php
// Part of bin/demo: registers the app's webhook in Cal.com, then plays one caller's conversation
// with the voice agent (Retell's custom-function requests, signed) and shows what was stored.
//   php -d extension=calbook.so bin/demo-call.php APP_URL SQLITE_FILE CALCOM_BASE_URL
declare(strict_types=1);

[$_, $appUrl, $dbFile, $calcomUrl] = $argv;
$key = (string) getenv('RETELL_API_KEY');
$tz = new DateTimeZone('Europe/Berlin');
$pdo = new PDO('sqlite:' . $dbFile);
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);

$weekday = static function (DateTimeImmutable $d): DateTimeImmutable {
    return $d->format('N') === '7' ? $d->modify('+1 day') : $d;
};
$day = $weekday((new DateTimeImmutable('today', $tz))->modify('+3 days'));
$later = $weekday($day->modify('+2 days'));

// Cal.com sends BOOKING_CREATED / RESCHEDULED / CANCELLED to the app, signed with the salon's secret.
$client = new Calbook\Client('cal_test_calbook_emulator', ['base_url' => $calcomUrl, 'team_id' => 42]);
$hook = $client->createWebhook(['subscriberUrl' => "$appUrl/api/calcom/webhook", 'secret' => (string) getenv('CALCOM_WEBHOOK_SECRET'),
    'triggers' => ['BOOKING_CREATED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED']])->throw()->data();
echo "   Cal.com webhook {$hook['id']} -> $appUrl/api/calcom/webhook\n";

$callId = 'call_' . bin2hex(random_bytes(12));
$call = ['call_id' => $callId, 'agent_id' => 'agent_3f9c2a1d7e5b4c8a9f0e1d2c', 'call_type' => 'phone_call', 'call_status' => 'ongoing',
    'direction' => 'inbound', 'from_number' => '+4915112345678', 'to_number' => '+493012345678',
    'start_timestamp' => (int) (microtime(true) * 1000)];

$ask = static function (string $function, array $args, bool $showBody = false) use ($appUrl, $call, $key): string {
    $body = json_encode(['name' => $function, 'call' => $call, 'args' => $args], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    printf("\n   -> %s %s\n", $function, json_encode($args, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
    if ($showBody) {
        echo "      POST $appUrl/api/retell/function-call, X-Retell-Signature: HMAC-SHA256 of the body\n";
        echo preg_replace('/^/m', '      ', json_encode(json_decode($body), JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)), "\n";
    }
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'timeout' => 30, 'ignore_errors' => true,
        'header' => "Content-Type: application/json\r\nX-Retell-Signature: " . hash_hmac('sha256', $body, $key) . "\r\n", 'content' => $body]]);
    $t = microtime(true);
    $resp = (string) file_get_contents("$appUrl/api/retell/function-call", false, $ctx);
    $answer = json_decode($resp, true)['result'] ?? $resp;
    printf("   <- %s (%.0f ms)\n      Agent: \"%s\"\n", $http_response_header[0] ?? '?', (microtime(true) - $t) * 1000, $answer);
    return $answer;
};

$emuStats = static fn (): array => json_decode((string) file_get_contents(str_replace('/v2', '/__emulator/stats', $calcomUrl)), true);
$rows = static function (string $title) use ($pdo, $emuStats): void {
    // Let Cal.com's webhooks arrive and the queue worker apply them first.
    for ($i = 0; $i < 50; $i++) {
        $sent = count(array_filter($emuStats()['webhook_deliveries'], static fn ($d) => $d['status'] === 200));
        $done = (int) $pdo->query("SELECT COUNT(*) FROM calcom_webhook_deliveries WHERE status = 'processed'")->fetchColumn();
        if ($done >= $sent) {
            break;
        }
        usleep(200_000);
    }
    echo "\n   $title\n";
    $q = $pdo->query("SELECT a.id, a.starts_at, a.customer_name, a.service_name, a.status, a.calcom_v2_booking_uid AS uid, a.calcom_host_id,
            COALESCE(s.first_name || ' ' || s.last_name, 'Nicht zugeordnet') AS staff, COALESCE(p.first_name || ' ' || p.last_name, '-') AS preferred,
            a.assignment_source, a.source
        FROM appointments a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN staff p ON p.id = a.preferred_staff_id ORDER BY a.id");
    printf("   %-3s %-16s %-17s %-17s %-10s %-22s %-5s %-16s %-16s %s\n", 'id', 'starts (Berlin)', 'customer', 'service', 'status', 'Cal.com uid', 'host', 'staff', 'preferred staff', 'source');
    foreach ($q as $r) {
        $start = (new DateTimeImmutable($r['starts_at'], new DateTimeZone('UTC')))->setTimezone(new DateTimeZone('Europe/Berlin'));
        printf("   %-3s %-16s %-17s %-17s %-10s %-22s %-5s %-16s %-16s %s\n", $r['id'], $start->format('d.m.Y H:i'), $r['customer_name'],
            $r['service_name'], $r['status'], $r['uid'], $r['calcom_host_id'], $r['staff'], $r['preferred'], $r['source'] . '/' . $r['assignment_source']);
    }
    $d = $pdo->query("SELECT trigger_event, status, COUNT(*) n FROM calcom_webhook_deliveries GROUP BY trigger_event, status ORDER BY MIN(id)")->fetchAll(PDO::FETCH_ASSOC);
    echo '   webhooks received: ', $d === [] ? 'none yet' : implode(', ', array_map(static fn ($x) => "{$x['trigger_event']} {$x['status']} x{$x['n']}", $d)), "\n";
};

$said = $day->format('d.m.Y');
$ask('check_availability', ['service' => 'Herrenhaarschnitt', 'date' => $said, 'preferred_staff' => 'Jürgen']);
$booking = ['service' => 'Herrenhaarschnitt', 'date' => $said, 'time' => 'halb drei', 'customer_name' => 'Erika Mustermann',
    'preferred_staff' => 'Jürgen'];
$first = $ask('book_appointment', $booking, true);
$again = $ask('book_appointment', $booking);
echo '      (the same request again, as Retell retries: ', $again === $first ? 'same answer, no second booking' : 'DIFFERENT ANSWER', ")\n";
$rows('Stored after the booking:');

// A second caller wants Jürgen at the same time: he is taken, the agent says who is free.
$other = static function (string $function, array $args) use ($appUrl, $key, $callId): string {
    $call = ['call_id' => $callId . '_2', 'from_number' => '+4917698765432', 'to_number' => '+493012345678', 'direction' => 'inbound'];
    $body = json_encode(['name' => $function, 'call' => $call, 'args' => $args], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'timeout' => 30, 'ignore_errors' => true,
        'header' => "Content-Type: application/json\r\nX-Retell-Signature: " . hash_hmac('sha256', $body, $key) . "\r\n", 'content' => $body]]);
    return json_decode((string) file_get_contents("$appUrl/api/retell/function-call", false, $ctx), true)['result'] ?? '?';
};
echo "\n   A second caller wants Jürgen at the same time:\n      Agent: \"", $other('book_appointment', $booking + ['customer_name' => 'Max Muster']), "\"\n";

$ask('list_my_appointments', []);
$ask('reschedule_appointment', ['date' => $later->format('j.n.'), 'time' => 'viertel nach zehn']);
$rows('Stored after the reschedule (Cal.com made a new booking; the row follows it):');
$ask('cancel_appointment', []);
$rows('Stored after the cancellation:');

$unsigned = @file_get_contents("$appUrl/api/retell/function-call", false, stream_context_create(['http' => ['method' => 'POST',
    'ignore_errors' => true, 'header' => "Content-Type: application/json\r\n", 'content' => json_encode(['name' => 'book_appointment', 'call' => $call, 'args' => $booking])]]));
echo "\n   An unsigned request: ", $http_response_header[0] ?? '?', ' ', $unsigned, "\n";
$stats = $emuStats();
printf("   Cal.com (emulator): %d bookings created, %d rescheduled, %d webhook deliveries (%s)\n", $stats['bookings_created'],
    $stats['bookings_rescheduled'], count($stats['webhook_deliveries']),
    implode(', ', array_map(static fn ($d) => $d['trigger'] . ' ' . ($d['status'] ?? $d['error']), $stats['webhook_deliveries'])));
