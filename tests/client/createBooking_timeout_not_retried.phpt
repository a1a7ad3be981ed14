--TEST--
Client::createBooking(): a timeout after the request was sent is ambiguous: not retried, mayHaveReachedServer true, the booking exists once
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start(['latency_ms' => 3000]);
$c = cbt_client($emu, ['timeout_ms' => 500, 'max_retries' => 3]);
try {
    $c->createBooking(cbt_flat());
} catch (Calbook\TransportException $e) {
    var_dump($e->mayHaveReachedServer(), $e->getCurlCode(), $e->getAttempts());
    var_dump(str_contains($e->getMessage(), 'not retried: the booking may have been created; check before retrying'));
}
$emu->config(['latency_ms' => 0]);
$st = $emu->stats();
var_dump(count($st['requests']), $st['bookings_created'], $c->stats()['retries']);
?>
--EXPECT--
bool(true)
int(28)
int(1)
bool(true)
int(1)
int(1)
int(0)
