--TEST--
HostMapper::resolve(): the service's example, host "Fabian Spitzer" found by email with confidence 95
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'fabian@salon-demo.test']));
var_dump($m->resolve(['id' => 101, 'name' => 'Fabian Spitzer', 'email' => 'fabian@salon-demo.test'])['new_mapping']);
?>
--EXPECT--
1 95 'email' | exact email match: fabian@salon-demo.test
bool(true)
