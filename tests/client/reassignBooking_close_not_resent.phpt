--TEST--
Client::reassignBooking() (round robin, no body): a connection closed before the answer is not resent, not even by libcurl on a kept-alive connection
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['max_retries' => 3]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
$c->getBooking($uid); // a kept-alive connection exists
$emu->config(['faults' => [['match' => "POST /v2/bookings/$uid/reassign", 'count' => 5, 'type' => 'close_before_response', 'apply' => true]]]);
try {
    $c->reassignBooking($uid);
} catch (Calbook\TransportException $e) {
    var_dump($e->mayHaveReachedServer(), $e->getAttempts(), str_contains($e->getMessage(), 'not retried: the request may have taken effect'));
}
$reassigns = array_filter($emu->stats()['requests'], fn($q) => str_ends_with($q['path'], '/reassign'));
var_dump(count($reassigns));
var_dump($c->getBooking($uid)->status());
?>
--EXPECT--
bool(true)
int(1)
bool(true)
int(1)
int(200)
