--TEST--
HostMapper::resolve(): ß = ss, and "Last, First" staff names
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Lena Weiss']));
show($m->resolve(['name' => 'Lena Weiß']));
show($m->resolve(['name' => 'LENA WEISS']));
?>
--EXPECT--
4 75 'name' | name match: lena weiss
4 75 'name' | name match: lena weiss
4 75 'name' | name match: lena weiss
