--TEST--
HostMapper::resolve(): a known mapping wins, new_mapping is false
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$r = $m->resolve(['id' => 201, 'name' => 'Someone Else', 'email' => 'fabian@salon-demo.test']);
show($r);
var_dump($r['new_mapping']);
show($m->resolve(['id' => 205]));
?>
--EXPECT--
5 100 'mapping' | known mapping of Cal.com host 201
bool(false)
'emp-10' 100 'mapping' | known mapping of Cal.com host 205
