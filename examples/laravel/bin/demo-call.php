<?php
// Part of bin/demo: sends the voice agent's tool call and shows what was stored.
declare(strict_types=1);

[$_, $appUrl, $dbFile] = $argv;

$tz = new DateTimeZone('Europe/Berlin');
$day = (new DateTimeImmutable('today', $tz))->modify('+2 days');
while ($day->format('N') === '7') {
    $day = $day->modify('+1 day');
}
$callId = 'call_' . bin2hex(random_bytes(16));
// A Retell custom-function request: the function name, the call object, the LLM's arguments.
$payload = [
    'name' => 'book_appointment',
    'call' => [
        'call_id' => $callId,
        'agent_id' => 'agent_3f9c2a1d7e5b4c8a9f0e1d2c',
        'call_type' => 'phone_call',
        'call_status' => 'ongoing',
        'direction' => 'inbound',
        'from_number' => '+4915112345678',
        'to_number' => '+493012345678',
        'start_timestamp' => (int) (microtime(true) * 1000) - 95_000,
        'metadata' => [],
        'retell_llm_dynamic_variables' => ['salon' => 'Salon Demo'],
    ],
    'args' => [
        'service' => 'Herrenhaarschnitt',
        'date' => $day->format('Y-m-d'),
        'time' => '10:30',
        'customer_name' => 'Erika Mustermann',
        'phone' => '+49 151 12345678',
        'preferred_staff' => 'Jürgen',
    ],
];
$json = json_encode($payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT);
echo "   POST $appUrl/api/retell/function-call\n";
echo preg_replace('/^/m', '   ', $json), "\n";

$post = static function (string $url, string $body): array {
    $ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n",
        'content' => $body, 'timeout' => 30, 'ignore_errors' => true]]);
    $t = microtime(true);
    $resp = file_get_contents($url, false, $ctx);
    return [$http_response_header[0] ?? '?', (string) $resp, (microtime(true) - $t) * 1000];
};

[$status, $body, $ms] = $post("$appUrl/api/retell/function-call", $json);
$answer = json_decode($body, true)['result'] ?? null;
printf("   -> %s in %.0f ms\n", $status, $ms);
echo "\n   The agent says: \"", $answer ?? $body, "\"\n";

// Retell retries tool calls: the same call again books nothing new.
[, $body2] = $post("$appUrl/api/retell/function-call", $json);
$again = json_decode($body2, true)['result'] ?? null;
echo '   The same call sent again (an agent retry): ', $again === $answer ? 'same answer, no second booking' : "\"$again\"", "\n";

// A second caller wants the same time: Cal.com's round robin gives another member of the team,
// whom the app finds by email or by name (a new mapping plus an audit row).
$second = $payload;
$second['call']['call_id'] = 'call_' . bin2hex(random_bytes(16));
$second['call']['from_number'] = '+4917698765432';
$second['args'] = ['service' => 'Herrenhaarschnitt', 'date' => $payload['args']['date'], 'time' => '10:30',
    'customer_name' => 'Max Muster', 'phone' => '0049 176 98765432'];
[, $body3] = $post("$appUrl/api/retell/function-call", json_encode($second, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES));
echo "\n   A second caller (Max Muster, same time, no wish) hears: \"", json_decode($body3, true)['result'] ?? $body3, "\"\n";

$pdo = new PDO('sqlite:' . $dbFile);
$row = $pdo->query("SELECT a.id, a.starts_at, a.customer_name, a.customer_phone, a.service_name, a.status,
        a.calcom_v2_booking_uid, a.calcom_host_id, a.staff_id, s.first_name || ' ' || s.last_name AS staff_name,
        a.preferred_staff_id, p.first_name || ' ' || p.last_name AS preferred_name, a.assignment_source,
        a.assignment_confidence, a.call_id
    FROM appointments a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN staff p ON p.id = a.preferred_staff_id
    WHERE a.call_id = " . $pdo->quote($callId))->fetch(PDO::FETCH_ASSOC);
$count = (int) $pdo->query('SELECT COUNT(*) FROM appointments WHERE call_id = ' . $pdo->quote($callId))->fetchColumn();

echo "\n== 5. The appointment row ($count for this call)\n";
if ($row === false) {
    echo "   none stored\n";
    exit(1);
}
$start = (new DateTimeImmutable($row['starts_at'], new DateTimeZone('UTC')))->setTimezone($tz);
$lines = [
    'id' => $row['id'],
    'starts_at' => $row['starts_at'] . ' UTC (' . $start->format('d.m.Y H:i') . ' Europe/Berlin)',
    'customer' => $row['customer_name'] . ', ' . $row['customer_phone'],
    'service' => $row['service_name'],
    'status' => $row['status'],
    'calcom_v2_booking_uid' => $row['calcom_v2_booking_uid'],
    'calcom_host_id' => $row['calcom_host_id'] ?? 'NULL',
    'staff_id' => $row['staff_id'] !== null ? $row['staff_id'] . ' (' . $row['staff_name'] . ')' : 'NULL (Nicht zugeordnet)',
    'preferred_staff_id' => $row['preferred_staff_id'] !== null ? $row['preferred_staff_id'] . ' (' . $row['preferred_name'] . ')' : 'NULL',
    'assigned by' => $row['assignment_source'] !== null ? $row['assignment_source'] . ', confidence ' . $row['assignment_confidence'] : '-',
    'call_id' => $row['call_id'],
];
foreach ($lines as $k => $v) {
    printf("   %-22s %s\n", $k, $v);
}
echo "\n   All appointments (as on the admin page):\n";
foreach ($pdo->query("SELECT a.starts_at, a.customer_name, a.service_name, s.first_name || ' ' || s.last_name AS staff_name
        FROM appointments a LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id") as $r) {
    $t = (new DateTimeImmutable($r['starts_at'], new DateTimeZone('UTC')))->setTimezone($tz);
    printf("   %s  %-18s %-18s %s\n", $t->format('d.m.Y H:i'), $r['customer_name'], $r['service_name'], $r['staff_name'] ?? 'Nicht zugeordnet');
}
$mappings = $pdo->query('SELECT calcom_host_id, mapping_source, confidence_score FROM calcom_host_mappings ORDER BY calcom_host_id')->fetchAll(PDO::FETCH_ASSOC);
echo "\n   Cal.com host mappings: ", implode(', ', array_map(fn ($m) => "{$m['calcom_host_id']} ({$m['mapping_source']}, {$m['confidence_score']})", $mappings)), "\n";
echo "\n   The agent said to the first caller: \"$answer\"\n";
exit($row['staff_id'] !== null && $count === 1 ? 0 : 1);
