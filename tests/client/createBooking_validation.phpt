--TEST--
Client::createBooking(): invalid input is refused with InvalidArgumentException naming the field, before any request
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$n = cbt_requests($emu);
$meta51 = [];
for ($i = 0; $i < 51; $i++) { $meta51["k$i"] = 'v'; }
$cases = [
    'missing start' => (function () { $a = cbt_flat(); unset($a['start']); return $a; })(),
    'local time' => cbt_flat(['start' => '2030-01-07T10:00:00']),
    'offset +01:00' => cbt_flat(['start' => '2030-01-07T10:00:00+01:00']),
    'bad date' => cbt_flat(['start' => '2030-02-30T10:00:00Z']),
    'start not string' => cbt_flat(['start' => 1893999600]),
    'eventTypeId text' => cbt_flat(['eventTypeId' => 'abc']),
    'eventTypeId float' => cbt_flat(['eventTypeId' => 501.5]),
    'eventTypeId zero' => cbt_flat(['eventTypeId' => 0]),
    'eventTypeId missing' => (function () { $a = cbt_flat(); unset($a['eventTypeId']); return $a; })(),
    'bad email' => cbt_flat(['email' => 'not-an-email']),
    'missing name' => (function () { $a = cbt_flat(); unset($a['name']); return $a; })(),
    'empty name' => cbt_flat(['name' => '']),
    'bad timeZone' => cbt_flat(['timeZone' => 'Europe/Berlin; rm']),
    'nested metadata' => cbt_flat(['metadata' => ['a' => ['b' => 1]]]),
    'metadata object value' => cbt_flat(['metadata' => ['a' => new stdClass]]),
    '51 metadata keys' => cbt_flat(['metadata' => $meta51]),
    'metadata not array' => cbt_flat(['metadata' => 'x']),
    'bad guest' => cbt_flat(['guests' => ['ok@example.org', 'nope']]),
    'unknown field' => cbt_flat(['eventTypeID' => 501]),
    'attendee and flat name' => cbt_flat(['attendee' => ['name' => 'A']]),
    'attendee bad phone' => ['eventTypeId' => 501, 'start' => cbt_start(), 'attendee' => ['name' => 'A', 'timeZone' => 'UTC', 'phoneNumber' => '0151']],
    'attendee not array' => ['eventTypeId' => 501, 'start' => cbt_start(), 'attendee' => 'A'],
    'lengthInMinutes' => cbt_flat(['lengthInMinutes' => -30]),
];
foreach ($cases as $what => $in) {
    echo $what, ': ', cbt_catch(fn() => $c->createBooking($in)), "\n";
}
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
missing start: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): start is required (a UTC ISO 8601 time such as 2030-01-08T13:00:00Z)
local time: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): start must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
offset +01:00: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): start must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
bad date: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): start must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
start not string: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): start must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z
eventTypeId text: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): eventTypeId must be a positive integer (or a string of one), string given
eventTypeId float: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): eventTypeId must be a positive integer (or a string of one), float given
eventTypeId zero: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): eventTypeId must be a positive integer (or a string of one), int given
eventTypeId missing: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): eventTypeId is required (or eventTypeSlug with username or teamSlug)
bad email: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee.email is not an e-mail address
missing name: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee.name is required (a non-empty string of at most 255 bytes)
empty name: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee.name is required (a non-empty string of at most 255 bytes)
bad timeZone: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee.timeZone must be an IANA time zone name such as Europe/Berlin
nested metadata: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata "a" must be a string, number or bool (nested array refused)
metadata object value: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata "a" must be a string, number or bool (nested stdClass refused)
51 metadata keys: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata has 51 keys; Cal.com allows at most 50
metadata not array: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): metadata must be an array of key => scalar, string given
bad guest: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): guests must be a list of e-mail addresses
unknown field: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): unknown field "eventTypeID" in the booking
attendee and flat name: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): give either attendee or the flat name, not both
attendee bad phone: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee.phoneNumber must be an E.164 number such as +4915112345678
attendee not array: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): attendee must be an array, string given
lengthInMinutes: Calbook\InvalidArgumentException: Calbook\Client::createBooking(): lengthInMinutes must be a positive integer
bool(true)
