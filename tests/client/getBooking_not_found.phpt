--TEST--
Client::getBooking(): an unknown uid is a failed 404 Response (not an exception); throw() raises NotFoundException with the request id
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$r = $c->getBooking('doesNotExist123');
var_dump($r->status(), $r->failed(), $r->clientError());
try {
    $r->throw();
} catch (Calbook\NotFoundException $e) {
    echo get_class($e), ' ', $e->getStatus(), ' ', $e->getCode(), "\n";
    var_dump($e->getRequestId() === $r->header('x-request-id') && $e->getRequestId() !== null);
    var_dump($e instanceof Calbook\ApiException, $e instanceof Calbook\Exception);
}
?>
--EXPECT--
int(404)
bool(true)
bool(true)
Calbook\NotFoundException 404 404
bool(true)
bool(true)
bool(true)
