--TEST--
Client::createBooking(): a truncated answer (headers promise more than is sent) is an ambiguous failure: not retried, one booking
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 5, 'type' => 'truncate']]]);
$c = cbt_client($emu, ['max_retries' => 3]);
try {
    $c->createBooking(cbt_flat());
} catch (Calbook\TransportException $e) {
    var_dump($e->mayHaveReachedServer(), $e->getAttempts(), $e->getCurlCode() > 0);
    var_dump(str_contains($e->getMessage(), 'the booking may have been created; check before retrying'));
}
$st = $emu->stats();
var_dump(count($st['requests']), $st['bookings_created']);
?>
--EXPECT--
bool(true)
int(1)
bool(true)
bool(true)
int(1)
int(1)
