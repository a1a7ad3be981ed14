--TEST--
HostMapper::__construct(): a field of the wrong type names the row and the field
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([['id' => 1, 'email' => ['a@b.c']]]);
attempt([['id' => 1], ['id' => 2, 'name' => 42]]);
attempt([['id' => 1, 'first_name' => 'A', 'last_name' => false]]);
attempt([['id' => 1, 'company_id' => 1.5]]);
attempt([['id' => 1, 'is_active' => 'yes']]);
attempt([['id' => 1, 'is_active' => 2]]);
attempt([['id' => 1, 'calcom_user_id' => 'abc']]);
attempt([['id' => 1, 'calcom_user_id' => -4]]);
attempt([['id' => 1, 'aliases' => 'a@b.c']]);
attempt([['id' => 1, 'aliases' => ['a@b.c', 7]]]);
?>
--EXPECT--
Calbook\InvalidArgumentException: staff[0].email must be a string or null, array given
Calbook\InvalidArgumentException: staff[1].name must be a string or null, int given
Calbook\InvalidArgumentException: staff[0].last_name must be a string or null, bool given
Calbook\InvalidArgumentException: staff[0].company_id must be an int, a string or null, float given
Calbook\InvalidArgumentException: staff[0].is_active must be a bool, 0 or 1, string given
Calbook\InvalidArgumentException: staff[0].is_active must be a bool, 0 or 1, int given
Calbook\InvalidArgumentException: staff[0].calcom_user_id must be a positive int, a string of digits or null, string given
Calbook\InvalidArgumentException: staff[0].calcom_user_id must be a positive int, a string of digits or null, int given
Calbook\InvalidArgumentException: staff[0].aliases must be an array of strings, string given
Calbook\InvalidArgumentException: staff[0].aliases must be an array of strings, int given
