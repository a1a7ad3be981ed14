--TEST--
RateLimiter: exit() inside observe() ends the script cleanly after the booking was made
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = null;
register_shutdown_function(function () use (&$emu) {
    $st = $emu->stats();
    echo 'requests: ', count($st['requests']), ', bookings created: ', $st['bookings_created'], "\n";
});
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['rate_limiter' => new class extends RecordingLimiter {
    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        echo "observe $status, exiting\n";
        exit(0);
    }
}]);
$c->createBooking(cbt_flat());
echo "not reached\n";
?>
--EXPECT--
observe 201, exiting
requests: 1, bookings created: 1
