<?php
// A booking made through Calbook\Client against the bundled Cal.com emulator: find a free slot,
// book it, print the booking and the staff member Cal.com assigned (round robin).
// Run: php -d extension=modules/calbook.so examples/booking-flow.php
declare(strict_types=1);

require __DIR__ . '/../tests/emulator/server.inc';

if (!extension_loaded('calbook')) {
    fwrite(STDERR, "calbook is not loaded: php -d extension=modules/calbook.so examples/booking-flow.php\n");
    exit(1);
}

$emu = calbook_emulator_start();
$log = [];
$client = new Calbook\Client($emu->apiKey, [
    'base_url' => $emu->baseUrl,
    'team_id' => 42,
    'logger' => function (string $level, string $message, array $context) use (&$log) {
        $log[] = sprintf('%-7s %s %s', $level, $message, json_encode($context, JSON_UNESCAPED_SLASHES));
    },
]);

$from = (new DateTimeImmutable('tomorrow', new DateTimeZone('Europe/Berlin')));
if ($from->format('N') === '7') {
    $from = $from->modify('+1 day');
}
$slots = $client->getAvailableSlots([
    'eventTypeId' => 501,
    'start' => $from->format('Y-m-d'),
    'end' => $from->modify('+6 days')->format('Y-m-d'),
    'timeZone' => 'Europe/Berlin',
])->throw()->data();
$firstDay = array_key_first($slots);
$slotStart = $slots[$firstDay][0]['start'];
$startUtc = (new DateTimeImmutable($slotStart))->setTimezone(new DateTimeZone('UTC'))->format('Y-m-d\TH:i:s\Z');
echo "free slot: $slotStart (Herrenhaarschnitt, event type 501)\n";

$booking = $client->createBooking([
    'eventTypeId' => 501,
    'start' => $startUtc,
    'name' => 'Erika Mustermann',
    'email' => 'erika@example.org',
    'timeZone' => 'Europe/Berlin',
    'metadata' => ['call_id' => 'call_demo_1', 'source' => 'phone-agent'],
])->throw();

$b = $booking->data();
// Cal.com lists the assigned staff member (round robin) as the booking's single host.
$host = $b['hosts'][0] ?? null;
printf("booked:    uid %s, id %d, %s to %s, status %s\n", $b['uid'], $b['id'], $b['start'], $b['end'], $b['status']);
printf("host:      %s <%s> (Cal.com user %s), assigned by Cal.com\n", $host['name'] ?? '?', $host['email'] ?? '?', $host['id'] ?? '?');

$again = $client->getBooking($b['uid'])->throw();
printf("fetched:   %s, host %s\n", $again->json('data.uid'), $again->json('data.hosts.0.name'));
echo "requests:  ", json_encode($client->stats()), "\n";
echo "log:\n  ", implode("\n  ", $log), "\n";
