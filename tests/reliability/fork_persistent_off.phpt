--TEST--
Fork: after pcntl_fork, parent and child both call successfully on their own connections (persistent off)
--EXTENSIONS--
calbook
pcntl
--FILE--
<?php
require __DIR__ . '/lib/fork.inc';
rel_fork_test(false);
?>
--EXPECT--
child exit: 0
parent calls ok: 5
parent after child: 200
parent requests: 6, child requests: 6
connections shared by parent and child: 0
parent connections: 1
