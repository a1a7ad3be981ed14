--TEST--
HostMapper::resolve(): case, inner and outer whitespace, NBSP and hyphens do not matter
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach (['  fABIAN   spitzer ', "Fabian\tSpitzer\n", "Fabian\u{a0}Spitzer", 'Fabian-Spitzer', 'fabian.spitzer'] as $n) show($m->resolve(['name' => $n]));
?>
--EXPECT--
1 75 'name' | name match: fabian spitzer
1 75 'name' | name match: fabian spitzer
1 75 'name' | name match: fabian spitzer
1 75 'name' | name match: fabian spitzer
1 75 'name' | name match: fabian spitzer
