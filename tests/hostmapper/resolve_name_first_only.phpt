--TEST--
HostMapper::resolve(): a first name alone is not enough
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Fabian']));
show($m->resolve(['name' => 'Fabian'], ['explain' => true]));
show($m->resolve(['name' => 'Spitzer,'], ['explain' => true]));
?>
--EXPECT--
null
NULL 0 NULL | calcom_user_id: the host has no id; email: the host has none; name: 'fabian' is a single name, not enough to match
NULL 0 NULL | calcom_user_id: the host has no id; email: the host has none; name: 'spitzer' is a single name, not enough to match
