--TEST--
Robustness: a logger that throws while a GET is being retried stops the call with its exception; the client stays usable
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/fault.inc';
$emu = rel_emulator(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 503, 'count' => 1]]]);
$throw = true;
$c = rel_client($emu->baseUrl, ['logger' => function ($level, $message, $context) use (&$throw) {
	if ($throw && str_contains($message, 'retrying')) {
		throw new DomainException('logger failed');
	}
}]);
try {
	$c->getBooking('abc123');
	echo "no exception\n";
} catch (DomainException $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
$throw = false;
echo 'next call: ', $c->getBooking('abc123')->status(), "\n";
echo 'requests seen: ', count($emu->stats()['requests']), "\n";
?>
--EXPECT--
DomainException: logger failed
next call: 404
requests seen: 2
