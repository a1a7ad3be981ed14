--TEST--
HostMapper::__construct(): a missing, empty or non-scalar id is refused
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([['name' => 'A B']]);
attempt([['id' => '']]);
attempt([['id' => 1.0]]);
attempt([['id' => null]]);
attempt([['id' => [1]]]);
?>
--EXPECT--
Calbook\InvalidArgumentException: staff[0].id must be a non-empty string or an int, nothing given
Calbook\InvalidArgumentException: staff[0].id must be a non-empty string or an int, string given
Calbook\InvalidArgumentException: staff[0].id must be a non-empty string or an int, float given
Calbook\InvalidArgumentException: staff[0].id must be a non-empty string or an int, null given
Calbook\InvalidArgumentException: staff[0].id must be a non-empty string or an int, array given
