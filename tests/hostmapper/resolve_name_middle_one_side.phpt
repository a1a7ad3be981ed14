--TEST--
HostMapper::resolve(): a middle name on one side only scores name_partial_confidence (70), below the default threshold
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Maria Keller'], ['explain' => true]));
$m2 = new Calbook\HostMapper($fx('salon_demo'), [], ['company_id' => 1, 'auto_threshold' => 70]);
show($m2->resolve(['name' => 'Maria Keller']));
show($m2->resolve(['name' => 'Maria Luisa Keller']));
show($m2->resolve(['name' => 'Anna Lotte Schmidt']));
show($m2->resolve(['name' => 'Maria Anna Keller']));
?>
--EXPECT--
NULL 0 NULL | calcom_user_id: the host has no id; email: the host has none; name (middle name on one side only) match has confidence 70, below auto_threshold 75: staff (5)
5 70 'name' | name match with a middle name on one side only: maria keller
5 75 'name' | name match: maria luisa keller
3 70 'name' | name match with a middle name on one side only: anna lotte schmidt
null
