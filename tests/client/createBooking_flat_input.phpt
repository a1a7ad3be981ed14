--TEST--
Client::createBooking(): the PHP service's flat input becomes the v2 body (attendee, E.164 phone, language, guests, metadata as strings)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$r = $c->createBooking(cbt_flat([
    'eventTypeId' => '501',
    'phone' => '+4915112345678',
    'language' => 'de',
    'guests' => ['guest@example.org'],
    'metadata' => ['call_id' => 'call_1', 'vip' => true, 'no' => false, 'visits' => 3, 'score' => 1.5],
]));
var_dump($r->status());
$b = $emu->bookings()[0];
var_dump($b['eventTypeId']);
echo json_encode($b['attendees'][0]), "\n";
echo json_encode($b['guests']), "\n";
echo json_encode($b['metadata']), "\n";
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'], ' ', $last['version'], "\n";
?>
--EXPECT--
int(201)
int(501)
{"name":"Erika Mustermann","email":"erika@example.org","displayEmail":"erika@example.org","timeZone":"Europe\/Berlin","language":"de","absent":false,"phoneNumber":"+4915112345678"}
["guest@example.org"]
{"call_id":"call_1","vip":"true","no":"false","visits":"3","score":"1.5"}
POST /v2/bookings 2024-08-13
