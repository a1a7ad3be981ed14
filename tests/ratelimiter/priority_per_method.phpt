--TEST--
RateLimiter: per-method priority (getBookings and getBookingsByUid batch, everything else live), the client's "priority" option overrides it, request()'s "priority" overrides both
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);

function prios(RecordingLimiter $l): string
{
    $a = array_map(fn ($c) => $c[0][0] . ':' . ($c[0] === 'acquire' ? $c[3] : $c[2]), $l->calls);
    $l->calls = [];
    return implode(' ', $a);
}

$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l]);
$uid = $c->createBooking(cbt_flat())->throw()->json('data.uid');
echo 'createBooking      ', prios($l), "\n";
$c->getBooking($uid);                     echo 'getBooking         ', prios($l), "\n";
$c->getBookings(['take' => 5]);           echo 'getBookings        ', prios($l), "\n";
$c->getBookingsByUid([$uid, 'nope'], 2);  echo 'getBookingsByUid   ', prios($l), "\n";
$c->getAvailableSlots(['eventTypeId' => 501, 'start' => '2030-01-07', 'end' => '2030-01-08']); echo 'getAvailableSlots  ', prios($l), "\n";
$c->rescheduleBooking($uid, ['start' => cbt_start(11)]); echo 'rescheduleBooking  ', prios($l), "\n";
$c->getEventTypes();                      echo 'getEventTypes      ', prios($l), "\n";
$c->request('GET', '/me');                echo 'request            ', prios($l), "\n";
$c->request('GET', '/bookings', ['priority' => 'batch']); echo 'request batch      ', prios($l), "\n";
$c->request('GET', '/me', ['priority' => null]); echo 'request null       ', prios($l), "\n";

$lb = new RecordingLimiter;
$b = cbt_client($emu, ['rate_limiter' => $lb, 'priority' => Calbook\RateLimiter::BATCH]);
$b->getBooking($uid);                     echo 'batch client getBooking  ', prios($lb), "\n";
$b->cancelBooking($uid);                  echo 'batch client cancel      ', prios($lb), "\n";
$b->request('GET', '/me', ['priority' => 'live']); echo 'batch client request live ', prios($lb), "\n";

$ll = new RecordingLimiter;
$v = cbt_client($emu, ['rate_limiter' => $ll, 'priority' => 'live']);
$v->getBookings();                        echo 'live client getBookings  ', prios($ll), "\n";
$v->getBookingsByUid([$uid]);             echo 'live client byUid        ', prios($ll), "\n";
$v->request('GET', '/bookings', ['priority' => 'batch']); echo 'live client request batch ', prios($ll), "\n";
?>
--EXPECT--
createBooking      a:live o:live
getBooking         a:live o:live
getBookings        a:batch o:batch
getBookingsByUid   a:batch a:batch o:batch o:batch
getAvailableSlots  a:live o:live
rescheduleBooking  a:live o:live
getEventTypes      a:live o:live
request            a:live o:live
request batch      a:batch o:batch
request null       a:live o:live
batch client getBooking  a:batch o:batch
batch client cancel      a:batch o:batch
batch client request live a:live o:live
live client getBookings  a:live o:live
live client byUid        a:live o:live
live client request batch a:batch o:batch
