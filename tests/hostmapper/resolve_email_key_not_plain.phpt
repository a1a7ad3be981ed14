--TEST--
HostMapper::resolve(): a host email equal to an index key that is not its own normalization is normalized first
--EXTENSIONS--
calbook
--FILE--
<?php
// The staff email normalizes to "x+aaaaaaaaaaaaaaaaaaaaaaaaa@salon.test" (one "+tag" removed); that key would
// normalize again to "x@salon.test". A host sending the key itself is normalized like any
// other email, so it does not match; the staff's own email and its normal form do.
$m = new Calbook\HostMapper([
    ['id' => 1, 'first_name' => 'Anna', 'last_name' => 'Weber', 'email' => 'x+aaaaaaaaaaaaaaaaaaaaaaaaa+bbbbbbbbbbbbbbbbbbbbbbbbb@salon.test'],
    ['id' => 2, 'first_name' => 'Lena', 'last_name' => 'Lang', 'email' => 'lena@salon.test'],
]);
var_dump($m->resolve(['email' => 'x+aaaaaaaaaaaaaaaaaaaaaaaaa@salon.test']));
var_dump($m->resolve(['email' => 'x+aaaaaaaaaaaaaaaaaaaaaaaaa+bbbbbbbbbbbbbbbbbbbbbbbbb@salon.test'])['staff_id']);
var_dump($m->resolve(['email' => 'X+aaaaaaaaaaaaaaaaaaaaaaaaa+bbbbbbbbbbbbbbbbbbbbbbbbb@SALON.test'])['staff_id']);
var_dump($m->resolve(['email' => 'lena@salon.test'])['staff_id']);
var_dump($m->resolve(['email' => ' Lena@Salon.test'])['staff_id']);
?>
--EXPECT--
NULL
int(1)
int(1)
int(2)
int(2)
