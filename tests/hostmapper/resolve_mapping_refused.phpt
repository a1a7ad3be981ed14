--TEST--
HostMapper::resolve(): mappings to inactive staff, inactive mappings and mappings of another company are not used
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['id' => 202], ['explain' => true]));
show($m->resolve(['id' => 203], ['explain' => true]));
show($m->resolve(['id' => 204], ['explain' => true]));
show($m->resolve(['id' => 204], ['company_id' => 2]));
?>
--EXPECT--
NULL 0 NULL | mapping: the mappings of Cal.com host 202 are inactive, or point to inactive staff or staff of another company; calcom_user_id: no staff has 202; email: the host has none; name: the host has none
NULL 0 NULL | mapping: the mappings of Cal.com host 203 are inactive, or point to inactive staff or staff of another company; calcom_user_id: no staff has 203; email: the host has none; name: the host has none
NULL 0 NULL | mapping: the mappings of Cal.com host 204 are inactive, or point to inactive staff or staff of another company; calcom_user_id: no staff has 204; email: the host has none; name: the host has none
7 100 'mapping' | known mapping of Cal.com host 204
