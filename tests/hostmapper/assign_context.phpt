--TEST--
HostMapper::assign(): the context applies (tenant)
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$b = ['hosts' => [['id' => 1, 'email' => 'fabian@salon-demo.test', 'name' => 'Fabian Spitzer']]];
var_dump($m->assign($b, 7, ['company_id' => 2])['staff_id']);
var_dump($m->assign($b, 7, ['company_id' => 2])['preference_met']);
?>
--EXPECT--
int(7)
bool(true)
