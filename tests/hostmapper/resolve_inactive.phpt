--TEST--
HostMapper::resolve(): inactive staff is never returned
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['email' => 'thomas@salon-demo.test', 'name' => 'Thomas Becker'], ['explain' => true]));
?>
--EXPECT--
NULL 0 NULL | calcom_user_id: the host has no id; email: thomas@salon-demo.test belongs only to inactive staff or staff of another company; name: 'thomas becker' matches only inactive staff or staff of another company
