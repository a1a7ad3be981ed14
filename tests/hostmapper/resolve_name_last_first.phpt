--TEST--
HostMapper::resolve(): "Spitzer, Fabian" = "Fabian Spitzer"
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Spitzer, Fabian']));
show($m->resolve(['name' => 'Spitzer,Fabian']));
show($m->resolve(['name' => 'Spitzer Fabian']));
?>
--EXPECT--
1 75 'name' | name match: fabian spitzer
1 75 'name' | name match: fabian spitzer
null
