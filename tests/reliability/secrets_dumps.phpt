--TEST--
Secrets: the API key never appears in var_dump, print_r, var_export, debug_zval_dump, json_encode, array casts, reflection, serialize or stats
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/secrets.inc';
$emu = rel_secret_emulator();
$c = rel_secret_client($emu->baseUrl, ['logger' => function () {}]);
$r = $c->createBooking(rel_booking());
echo 'create: ', $r->status(), "\n";
rel_secret_check('var_dump', rel_capture(fn () => var_dump($c)));
rel_secret_check('print_r', print_r($c, true));
rel_secret_check('var_export', rel_capture(fn () => var_export($c)));
rel_secret_check('debug_zval_dump', rel_capture(fn () => debug_zval_dump($c)));
rel_secret_check('json_encode', (string) json_encode($c));
rel_secret_check('array cast', print_r((array) $c, true));
rel_secret_check('get_object_vars', print_r(get_object_vars($c), true));
rel_secret_check('get_mangled_object_vars', print_r(get_mangled_object_vars($c), true));
rel_secret_check('reflection', rel_capture(function () use ($c) {
	$ro = new ReflectionObject($c);
	foreach ($ro->getProperties() as $p) {
		$p->setAccessible(true);
		var_dump($p->getName(), $p->getValue($c));
	}
	echo $ro;
}));
rel_secret_check('serialize', rel_capture(fn () => print(serialize($c))));
rel_secret_check('stats', print_r($c->stats(), true));
rel_secret_check('response var_dump', rel_capture(fn () => var_dump($r)));
rel_secret_check('response headers', print_r($r->headers(), true));
rel_secret_check('closure over the client', rel_capture(fn () => var_dump(fn () => $c)));
?>
--EXPECT--
create: 201
var_dump: hidden (output)
print_r: hidden (output)
var_export: hidden (output)
debug_zval_dump: hidden (output)
json_encode: hidden (output)
array cast: hidden (output)
get_object_vars: hidden (output)
get_mangled_object_vars: hidden (output)
reflection: hidden (output)
serialize: hidden (output)
stats: hidden (output)
response var_dump: hidden (output)
response headers: hidden (output)
closure over the client: hidden (output)
