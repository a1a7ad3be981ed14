--TEST--
GET /v2/bookings: take/skip and the full pagination block
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
for ($i = 0; $i < 7; $i++) {
    $emu->request('POST', '/bookings', $h, ['start' => sprintf('2050-09-05T%02d:00:00Z', 7 + $i), 'eventTypeId' => 503,
        'attendee' => ['name' => "K$i", 'email' => "k$i@example.com", 'timeZone' => 'Europe/Berlin']]);
}
$r = $emu->request('GET', '/bookings?take=3&skip=3', $h);
var_dump($r['status'], $r['json']['pagination'], array_column($r['json']['data'], 'start'));
$r = $emu->request('GET', '/bookings?take=3&skip=6', $h);
echo json_encode($r['json']['pagination']), "\n";
$r = $emu->request('GET', '/bookings', $h);
echo json_encode($r['json']['pagination']), "\n";
$r = $emu->request('GET', '/bookings?take=251', $h);
var_dump($r['status'], $r['json']['error']['details']['errors'][0]['property']);
?>
--EXPECT--
int(200)
array(8) {
  ["totalItems"]=>
  int(7)
  ["remainingItems"]=>
  int(1)
  ["returnedItems"]=>
  int(3)
  ["itemsPerPage"]=>
  int(3)
  ["currentPage"]=>
  int(2)
  ["totalPages"]=>
  int(3)
  ["hasNextPage"]=>
  bool(true)
  ["hasPreviousPage"]=>
  bool(true)
}
array(3) {
  [0]=>
  string(24) "2050-09-05T10:00:00.000Z"
  [1]=>
  string(24) "2050-09-05T11:00:00.000Z"
  [2]=>
  string(24) "2050-09-05T12:00:00.000Z"
}
{"totalItems":7,"remainingItems":0,"returnedItems":1,"itemsPerPage":3,"currentPage":3,"totalPages":3,"hasNextPage":false,"hasPreviousPage":true}
{"totalItems":7,"remainingItems":0,"returnedItems":7,"itemsPerPage":100,"currentPage":1,"totalPages":1,"hasNextPage":false,"hasPreviousPage":false}
int(400)
string(4) "take"
