--TEST--
Secrets: the output of an uncaught exception thrown while building a client (trace with arguments) does not hold the API key
--EXTENSIONS--
calbook
--INI--
zend.exception_ignore_args=0
display_errors=1
log_errors=0
html_errors=0
--FILE--
<?php
require __DIR__ . '/lib/secrets.inc';
/* The uncaught-exception report is written to the output, which this buffer replaces at shutdown
 * by its verdict. */
ob_start(function (string $out, int $phase) {
	static $all = '';
	$all .= $out;
	if (!($phase & PHP_OUTPUT_HANDLER_FINAL)) {
		return '';
	}
	return (str_contains($all, 'Uncaught Calbook\InvalidArgumentException') ? "uncaught Calbook\InvalidArgumentException reported\n" : "NOT REPORTED: $all\n")
		. (str_contains($all, 'Object(SensitiveParameterValue)') ? "argument shown as SensitiveParameterValue\n" : "no SensitiveParameterValue\n")
		. rel_secret_verdict('uncaught output', $all);
});
$c = new Calbook\Client(REL_SECRET_KEY, ["base_url" => "ftp://example.test/v2"]);
?>
--EXPECT--
uncaught Calbook\InvalidArgumentException reported
argument shown as SensitiveParameterValue
uncaught output: hidden (output)
