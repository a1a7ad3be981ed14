--TEST--
Robustness: exit() from a logger in the middle of a call (after the create, before it returns) ends the script cleanly: no crash, no leak
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator();
$c = rel_client($emu->baseUrl, ['logger' => function ($level, $message, $context) {
	echo "log: $message\n";
	if (str_contains($message, ' 201')) {
		exit(0);
	}
}]);
register_shutdown_function(function () use ($c) {
	echo "shutdown, stats: ", $c->stats()['requests'], " request(s)\n";
});
$c->createBooking(rel_booking());
echo "not reached\n";
?>
--EXPECT--
log: calbook: POST /v2/bookings 201
shutdown, stats: 1 request(s)
