--TEST--
Client: a host that does not resolve gives TransportException (never sent, curl code 6, retried for an idempotent call); the message names method and path, never the key
--EXTENSIONS--
calbook
--FILE--
<?php
$c = new Calbook\Client('cal_live_SECRETKEY', ['base_url' => 'https://calbook-test.invalid/v2', 'max_retries' => 1, 'connect_timeout_ms' => 3000]);
try {
    $c->getBooking('abc');
} catch (Calbook\TransportException $e) {
    echo $e->getMessage(), "\n";
    var_dump($e->mayHaveReachedServer(), $e->getCurlCode(), $e->getAttempts(), str_contains((string) $e, 'SECRETKEY'));
}
?>
--EXPECT--
Calbook\Client::getBooking(): GET /v2/bookings/{uid} was not sent: Could not resolve host: calbook-test.invalid (curl error 6, 2 attempts)
bool(false)
int(6)
int(2)
bool(false)
