--TEST--
Robustness: a logger that throws while a GET is being retried does not stop the retry; the error is counted, the client stays usable
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
	echo 'first call: ', $c->getBooking('abc123')->status(), "\n";
} catch (DomainException $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
$throw = false;
echo 'next call: ', $c->getBooking('abc123')->status(), "\n";
echo 'requests seen: ', count($emu->stats()['requests']), "\n";
echo 'logger errors: ', $c->stats()['logger_errors'], "\n";
?>
--EXPECT--
first call: 404
next call: 404
requests seen: 3
logger errors: 1
