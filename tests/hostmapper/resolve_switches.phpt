--TEST--
HostMapper::resolve(): strategies can be turned off
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$host = ['id' => 103, 'name' => 'Anna Schmidt', 'email' => 'anna@salon-demo.test'];
show($m->resolve($host));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['use_calcom_user_id' => false]))->resolve($host));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['use_calcom_user_id' => false, 'use_email' => false]))->resolve($host));
show((new Calbook\HostMapper($fx('salon_demo'), [], ['use_calcom_user_id' => false, 'use_email' => false, 'use_name' => false]))->resolve($host));
show((new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['use_mappings' => false]))->resolve(['id' => 201]));
?>
--EXPECT--
3 100 'calcom_user_id' | staff calcom_user_id is 103
3 95 'email' | exact email match: anna@salon-demo.test
3 75 'name' | name match: anna schmidt
null
null
