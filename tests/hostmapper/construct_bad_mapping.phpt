--TEST--
HostMapper::__construct(): malformed mapping rows name the row and the field
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$staff = [['id' => 1, 'name' => 'A B']];
attempt($staff, ['x']);
attempt($staff, [['staff_id' => 1]]);
attempt($staff, [['calcom_host_id' => 'abc', 'staff_id' => 1]]);
attempt($staff, [['calcom_host_id' => 5]]);
attempt($staff, [['calcom_host_id' => 5, 'staff_id' => 1, 'company_id' => []]]);
attempt($staff, [['calcom_host_id' => 5, 'staff_id' => 1, 'is_active' => 'maybe']]);
attempt($staff, [['calcom_host_id' => 5, 'staff_id' => 99]]);
?>
--EXPECT--
Calbook\InvalidArgumentException: mappings[0] must be an array or an object, string given
Calbook\InvalidArgumentException: mappings[0].calcom_host_id must be a positive int or a string of digits, nothing given
Calbook\InvalidArgumentException: mappings[0].calcom_host_id must be a positive int, a string of digits or null, string given
Calbook\InvalidArgumentException: mappings[0].staff_id must be a non-empty string or an int, nothing given
Calbook\InvalidArgumentException: mappings[0].company_id must be an int, a string or null, array given
Calbook\InvalidArgumentException: mappings[0].is_active must be a bool, 0 or 1, string given
ok
