--TEST--
Client::createBooking(): a refused connection provably never sent the request: it is retried, and the exception says it never reached the server
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
$sock = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
fclose($sock); // nothing listens on $port now
$log = [];
$c = new Calbook\Client('cal_test_key', [
    'base_url' => "http://127.0.0.1:$port/v2",
    'max_retries' => 2,
    'logger' => function ($level, $msg, $ctx) use (&$log) { $log[] = "$level $msg"; },
]);
try {
    $c->createBooking(['eventTypeId' => 501, 'start' => '2030-01-07T09:00:00Z', 'name' => 'Erika']);
} catch (Calbook\TransportException $e) {
    echo preg_replace('/was not sent: .*\(curl/', 'was not sent: ... (curl', $e->getMessage()), "\n";
    var_dump($e->mayHaveReachedServer(), $e->getAttempts(), $e->getCurlCode());
}
var_dump($c->stats()['requests'], $c->stats()['retries']);
echo count(array_filter($log, fn($l) => str_contains($l, 'retrying POST /v2/bookings after a connection failure'))), " retry entries\n";
?>
--EXPECT--
Calbook\Client::createBooking(): POST /v2/bookings was not sent: ... (curl error 7, 3 attempts)
bool(false)
int(3)
int(7)
int(3)
int(2)
2 retry entries
