--TEST--
HostMapper::resolve(): many equal matches are no match, the reason lists the first ones
--EXTENSIONS--
calbook
--FILE--
<?php
$s = [];
for ($i = 0; $i < 12; $i++) $s[] = ['id' => $i, 'name' => 'Max Muster', 'email' => 'team@salon.test'];
$m = new Calbook\HostMapper($s);
var_dump($m->resolve(['name' => 'Max Muster', 'email' => 'team@salon.test']));
echo $m->resolve(['name' => 'Max Muster', 'email' => 'team@salon.test'], ['explain' => true])['reason'], "\n";
?>
--EXPECT--
NULL
calcom_user_id: the host has no id; email: team@salon.test belongs to more than 8 staff (0, 1, 2, 3, 4, 5, 6, 7, ...); name: 'max muster' matches more than 8 staff equally well (0, 1, 2, 3, 4, 5, 6, 7, ...)
