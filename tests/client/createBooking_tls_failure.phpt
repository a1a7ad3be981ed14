--TEST--
Client::createBooking(): a TLS handshake that fails or times out provably never sent the request: retried, then TransportException with mayHaveReachedServer false; nothing booked
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
// https:// to the emulator's plain-HTTP port: the TLS handshake fails
$c = new Calbook\Client($emu->apiKey, ['base_url' => 'https://127.0.0.1:' . $emu->port . '/v2', 'max_retries' => 1, 'connect_timeout_ms' => 500]);
try {
    $c->createBooking(cbt_flat());
} catch (Calbook\TransportException $e) {
    var_dump($e->mayHaveReachedServer(), in_array($e->getCurlCode(), [28, 35], true), $e->getAttempts(), str_contains($e->getMessage(), 'POST /v2/bookings was not sent'));
}
var_dump($emu->stats()['bookings_created']);
?>
--EXPECT--
bool(false)
bool(true)
int(2)
bool(true)
int(0)
