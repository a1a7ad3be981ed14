--TEST--
RateLimiter: exit() inside acquire() ends the script cleanly with nothing sent (single call and getBookingsByUid)
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
$l = new class extends RecordingLimiter {
    public function acquire(string $keyId, int $cost, string $priority): int
    {
        if (count($this->calls) === 1) {
            echo "acquire $priority, exiting\n";
            exit(0);
        }
        return parent::acquire($keyId, $cost, $priority);
    }
};
$c = cbt_client($emu, ['rate_limiter' => $l]);
// The first transfer is granted (added, not yet sent), the second ask exits.
$c->getBookingsByUid(['e1', 'e2'], 2);
echo "not reached\n";
?>
--EXPECT--
acquire batch, exiting
requests: 0, bookings created: 0
