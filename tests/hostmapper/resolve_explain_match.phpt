--TEST--
HostMapper::resolve(): explain does not change a match
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
var_dump($m->resolve(['name' => 'Anna Schmidt'], ['explain' => true]) === $m->resolve(['name' => 'Anna Schmidt']));
var_dump($m->resolve(['name' => 'Anna Schmidt'], ['explain' => false]) === $m->resolve(['name' => 'Anna Schmidt']));
?>
--EXPECT--
bool(true)
bool(true)
