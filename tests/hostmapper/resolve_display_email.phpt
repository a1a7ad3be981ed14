--TEST--
HostMapper::resolve(): a booking's displayEmail is the email
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$b = ['status' => 'success', 'data' => ['uid' => 'x', 'hosts' => [['id' => 211, 'name' => 'L W', 'email' => 'lena+clxk2v9a80000abcd1234efgh@cal-managed.test', 'displayEmail' => 'lena@salon-demo.test']]]];
show($m->resolve($b));
?>
--EXPECT--
4 95 'email' | exact email match: lena@salon-demo.test
