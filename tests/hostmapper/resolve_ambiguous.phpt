--TEST--
HostMapper::resolve(): two staff matching equally well give no match, and explain says why
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Sophie Wagner']));
show($m->resolve(['id' => 777, 'name' => 'sophie wagner'], ['explain' => true]));
$m2 = new Calbook\HostMapper([['id' => 1, 'name' => 'A B', 'email' => 'x@y.z'], ['id' => 2, 'name' => 'C D', 'aliases' => ['X@Y.Z']]]);
show($m2->resolve(['email' => 'x@y.z'], ['explain' => true]));
?>
--EXPECT--
null
NULL 0 NULL | mapping: none for Cal.com host 777; calcom_user_id: no staff has 777; email: the host has none; name: 'sophie wagner' matches 2 staff equally well (8, 9)
NULL 0 NULL | calcom_user_id: the host has no id; email: x@y.z belongs to 2 staff (1, 2); name: the host has none
