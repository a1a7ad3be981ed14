--TEST--
HostMapper: mapping rows whose staff is not in the list are ignored without leaking (memory stays flat)
--EXTENSIONS--
calbook
--FILE--
<?php
$staff = [['id' => 1, 'name' => 'Anna Schmidt', 'company_id' => 12345]];
$mappings = [];
for ($i = 0; $i < 1000; $i++) {
    // Int and string company ids: both become strings the mapper owns.
    $mappings[] = ['calcom_host_id' => 5000 + $i, 'staff_id' => 900000 + $i, 'company_id' => $i % 2 ? 12345 : str_repeat('c', 40) . $i];
}
$mappings[] = ['calcom_host_id' => 77, 'staff_id' => 1, 'company_id' => 12345];

$build = function () use ($staff, $mappings) {
    $m = new Calbook\HostMapper($staff, $mappings, ['company_id' => 12345]);
    return $m->resolve(['id' => 77])['staff_id'] ?? null;
};
var_dump($build());
var_dump((new Calbook\HostMapper($staff, $mappings))->resolve(['id' => 5001]));
$build();
$before = memory_get_usage();
for ($i = 0; $i < 200; $i++) {
    $build();
}
$growth = memory_get_usage() - $before;
echo $growth < 16384 ? "flat\n" : "grew by $growth bytes\n";
?>
--EXPECT--
int(1)
NULL
flat
