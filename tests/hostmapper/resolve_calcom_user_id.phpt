--TEST--
HostMapper::resolve(): the staff row's calcom_user_id
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['id' => 103, 'name' => 'Wrong Name']));
show($m->resolve(['id' => '103']));
?>
--EXPECT--
3 100 'calcom_user_id' | staff calcom_user_id is 103
3 100 'calcom_user_id' | staff calcom_user_id is 103
