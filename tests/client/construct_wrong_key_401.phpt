--TEST--
Client: a wrong API key gives a failed 401 Response; the key is not in the exception thrown by throw()
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = new Calbook\Client('cal_wrong_SECRETKEY', ['base_url' => $emu->baseUrl]);
$r = $c->getBookings();
var_dump($r->status());
try { $r->throw(); } catch (Calbook\ApiException $e) { var_dump(get_class($e), str_contains((string) $e, 'SECRETKEY')); }
?>
--EXPECT--
int(401)
string(20) "Calbook\ApiException"
bool(false)
