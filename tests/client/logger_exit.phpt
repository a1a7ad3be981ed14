--TEST--
Client logger: exit() inside the logger in the middle of a call ends the script cleanly
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = null;
register_shutdown_function(function () use (&$emu) { echo 'bookings created: ', $emu->stats()['bookings_created'], "\n"; });
$emu = calbook_emulator_start(['create_without_hosts' => true]);
$c = cbt_client($emu, ['logger' => function ($level, $msg) {
    if (str_contains($msg, 'GET')) { echo "exiting in: $msg\n"; exit(0); }
}]);
$c->createBooking(cbt_flat());
echo "not reached\n";
?>
--EXPECT--
exiting in: calbook: GET /v2/bookings/{uid} 200
bookings created: 1
