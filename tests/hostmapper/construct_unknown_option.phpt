--TEST--
HostMapper::__construct(): an unknown option is refused by name
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([], [], ['auto_treshold' => 80]);
attempt([], [], [0 => true]);
?>
--EXPECT--
Calbook\InvalidArgumentException: options['auto_treshold'] is not a known option
Calbook\InvalidArgumentException: options[0] is not a known option
