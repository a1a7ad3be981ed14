--TEST--
HostMapper::resolve(): accents are folded (José García = Jose Garcia)
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['name' => 'Jose Garcia']));
show($m->resolve(['name' => 'JOSÉ GARCÍA']));
var_dump($m->resolve(['name' => 'Jose Garcia'])['staff_id']);
?>
--EXPECT--
'emp-10' 75 'name' | name match: jose garcia
'emp-10' 75 'name' | name match: jose garcia
string(6) "emp-10"
