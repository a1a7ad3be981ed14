--TEST--
HostMapper::__construct(): the same staff id twice is refused (7 and "7" are the same)
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([['id' => 7, 'name' => 'A B'], ['id' => '7', 'name' => 'C D']]);
?>
--EXPECT--
Calbook\InvalidArgumentException: staff[1].id 7 appears twice in the staff list
