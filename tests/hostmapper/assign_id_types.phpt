--TEST--
HostMapper::assign(): ids keep their types; "1" and 1 are the same staff
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$b = ['hosts' => [['id' => 205, 'name' => 'X Y']]];
var_dump($m->assign($b, 'emp-10')['preference_met'], $m->assign($b, 'emp-10')['staff_id']);
$b = ['hosts' => [['id' => 1, 'email' => 'fabian@salon-demo.test']]];
var_dump($m->assign($b, '1')['preference_met'], $m->assign($b, '1')['preferred_staff_id'], $m->assign($b, 1)['staff_id']);
try { $m->assign($b, [1]); } catch (TypeError $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
bool(true)
string(6) "emp-10"
bool(true)
string(1) "1"
int(1)
TypeError
