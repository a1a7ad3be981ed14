--TEST--
HostMapper::resolve(): never staff of another company; the context company_id wins over the option
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['email' => 'fabian@salon-zwei.test'], ['explain' => true]));
show($m->resolve(['email' => 'fabian@salon-zwei.test'], ['company_id' => 2]));
show($m->resolve(['email' => 'fabian@salon-demo.test'], ['company_id' => 2]));
show($m->resolve(['name' => 'Fabian Spitzer'], ['company_id' => '2']));
show($m->resolve(['name' => 'Fabian Spitzer'], ['company_id' => 3]));
$all = new Calbook\HostMapper($fx('salon_demo'));
show($all->resolve(['name' => 'Fabian Spitzer'], ['explain' => true]));
show($all->resolve(['name' => 'Fabian Spitzer'], ['company_id' => 2]));
?>
--EXPECT--
NULL 0 NULL | calcom_user_id: the host has no id; email: fabian@salon-zwei.test belongs only to inactive staff or staff of another company; name: the host has none
7 95 'email' | exact email match: fabian@salon-zwei.test
null
7 75 'name' | name match: fabian spitzer
null
NULL 0 NULL | calcom_user_id: the host has no id; email: the host has none; name: 'fabian spitzer' matches 2 staff equally well (1, 7)
7 75 'name' | name match: fabian spitzer
