--TEST--
Client::createBooking(): the server books then closes without answering: TransportException (may have reached the server), no retry, one booking, on a new and on a kept-alive connection
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 3]);
foreach (['new connection', 'kept-alive connection'] as $i => $case) {
    $emu->reset();
    if ($i === 1) {
        $c->getBookings(); // opens the connection the create will reuse
    }
    $before = cbt_requests($emu);
    $emu->config(['faults' => [['match' => 'POST /v2/bookings', 'count' => 5, 'type' => 'close_before_response', 'apply' => true]]]);
    try {
        $c->createBooking(cbt_flat(['start' => cbt_start(9 + $i)]));
        echo "no exception\n";
    } catch (Calbook\TransportException $e) {
        echo $case, ': ', $e->getMessage(), "\n";
        var_dump($e->mayHaveReachedServer(), $e->getAttempts());
    }
    $st = $emu->stats();
    echo 'create requests ', count($st['requests']) - $before, ', bookings created ', $st['bookings_created'], "\n";
}
var_dump($c->stats()['retries']);
?>
--EXPECTF--
new connection: Calbook\Client::createBooking(): POST /v2/bookings failed after the request was sent: %s (curl error %d, 1 attempt); not retried: the booking may have been created; check before retrying
bool(true)
int(1)
create requests 1, bookings created 1
kept-alive connection: Calbook\Client::createBooking(): POST /v2/bookings failed after the request was sent: %s (curl error %d, 1 attempt); not retried: the booking may have been created; check before retrying
bool(true)
int(1)
create requests 1, bookings created 1
int(0)
