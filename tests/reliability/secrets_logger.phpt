--TEST--
Secrets: nothing a PSR-3 logger or a logging callable receives (messages, contexts) holds the API key, on success, API errors, retries and transport failures
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/secrets.inc';

final class RelMemoryLogger
{
	public array $records = [];
	public function log($level, $message, array $context = []): void { $this->records[] = [$level, (string) $message, $context]; }
	public function __call($name, $args) { $this->log($name, ...$args); }
}

$emu = rel_secret_emulator();
$logger = new RelMemoryLogger();
$records = [];
$callable = function ($level, $message, $context) use (&$records) { $records[] = [$level, $message, $context]; };

foreach (['PSR-3 object' => $logger, 'callable' => $callable] as $kind => $l) {
	$c = rel_secret_client($emu->baseUrl, ['logger' => $l]);
	$uid = $c->createBooking(rel_booking())->json('data.uid');      // success
	$c->getBooking($uid);                                             // success
	$c->getBooking('nonexistent');                                    // 404
	$emu->config(['faults' => [['match' => 'GET /v2/bookings/', 'type' => 'status', 'status' => 503, 'count' => 1]]]);
	$c->getBooking($uid);                                             // retried 503
	$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'status', 'status' => 500, 'shape' => 'raw500']]]);
	$c->createBooking(rel_booking(1));                                // raw 500
	$bad = rel_secret_client('http://127.0.0.1:' . rel_refused_port() . '/v2', ['logger' => $l]);
	try { $bad->getBooking($uid); } catch (Calbook\TransportException $e) {}
	$emu->config(['faults' => [['match' => 'POST /v2/bookings', 'type' => 'close_before_response', 'apply' => true]]]);
	try { $c->createBooking(rel_booking(2)); } catch (Calbook\TransportException $e) {}
}
echo 'PSR-3 records: ', count($logger->records) >= 7 ? 'several' : count($logger->records), "\n";
echo 'callable records: ', count($records) >= 7 ? 'several' : count($records), "\n";
rel_secret_check('PSR-3 logger', var_export($logger->records, true) . json_encode($logger->records));
rel_secret_check('callable logger', var_export($records, true) . json_encode($records));
?>
--EXPECT--
PSR-3 records: several
callable records: several
PSR-3 logger: hidden (output)
callable logger: hidden (output)
