--TEST--
Secrets: exception messages, traces (with arguments), string forms and dumps never hold the API key or webhook secret
--EXTENSIONS--
calbook
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/lib/secrets.inc';
$emu = rel_secret_emulator();

function rel_dump_exception(Throwable $e): string
{
	ob_start();
	var_dump($e);
	print_r($e);
	var_export($e);
	debug_zval_dump($e);
	echo $e->getMessage(), $e->getTraceAsString(), (string) $e, json_encode($e->getTrace(), JSON_PARTIAL_OUTPUT_ON_ERROR);
	for ($p = $e->getPrevious(); $p; $p = $p->getPrevious()) {
		echo (string) $p;
	}
	return (string) ob_get_clean();
}

$cases = [
	'constructor, bad option' => fn () => new Calbook\Client(REL_SECRET_KEY, ['base_url' => 'ftp://example.test/v2']),
	'constructor, bad key' => fn () => new Calbook\Client(REL_SECRET_KEY . "\n", ['base_url' => $emu->baseUrl]),
	'transport failure' => fn () => rel_secret_client('http://127.0.0.1:' . rel_refused_port() . '/v2')->getBooking('abc123'),
	'unauthorized, throw()' => fn () => (new Calbook\Client(REL_SECRET_KEY . 'x', ['base_url' => $emu->baseUrl]))->getBookings()->throw(),
	'not found, throw()' => fn () => rel_secret_client($emu->baseUrl)->getBooking('nonexistent')->throw(),
	'invalid argument' => fn () => rel_secret_client($emu->baseUrl)->createBooking(['start' => 'tomorrow']),
	'webhook signature' => fn () => Calbook\Webhook::parse('{"triggerEvent":"BOOKING_CREATED","payload":{}}', str_repeat('0', 64), REL_WEBHOOK_SECRET),
];
foreach ($cases as $name => $f) {
	try {
		$f();
		echo "$name: no exception\n";
	} catch (Throwable $e) {
		echo $name, ' (', get_class($e), '): ';
		rel_secret_check('', rel_dump_exception($e));
	}
}
?>
--EXPECT--
constructor, bad option (Calbook\InvalidArgumentException): : hidden (output)
constructor, bad key (Calbook\InvalidArgumentException): : hidden (output)
transport failure (Calbook\TransportException): : hidden (output)
unauthorized, throw() (Calbook\ApiException): : hidden (output)
not found, throw() (Calbook\NotFoundException): : hidden (output)
invalid argument (Calbook\InvalidArgumentException): : hidden (output)
webhook signature (Calbook\SignatureException): : hidden (output)
