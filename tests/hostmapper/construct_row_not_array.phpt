--TEST--
HostMapper::__construct(): a row that is neither array nor object names its index
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([['id' => 1, 'name' => 'A B'], 'Fabian Spitzer']);
attempt(['x' => ['id' => 1], 'y' => 5]);
?>
--EXPECT--
Calbook\InvalidArgumentException: staff[1] must be an array or an object, string given
Calbook\InvalidArgumentException: staff['y'] must be an array or an object, int given
