--TEST--
HostMapper::resolve(): per-strategy confidences and the threshold
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show((new Calbook\HostMapper($fx('salon_demo'), [], ['email_confidence' => 90]))->resolve(['email' => 'anna@salon-demo.test']));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['email_confidence' => 60]))->resolve(['email' => 'anna@salon-demo.test', 'name' => 'Anna Schmidt'], ['explain' => true]));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['auto_threshold' => 80]))->resolve(['name' => 'Anna Schmidt']));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['auto_threshold' => 0, 'name_confidence' => 0]))->resolve(['name' => 'Anna Schmidt']));
?>
--EXPECT--
3 90 'email' | exact email match: anna@salon-demo.test
3 75 'name' | name match: anna schmidt
null
3 0 'name' | name match: anna schmidt
