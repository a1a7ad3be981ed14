--TEST--
HostMapper::resolve(): a booking without host is not taken for a host (its id is the booking's)
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['id' => 103, 'status' => 'accepted', 'title' => 'Herrenhaarschnitt']));
show($m->resolve(['id' => 103, 'uid' => 'bk_1']));
show($m->resolve(['id' => 103, 'startTime' => '2030-01-08T13:00:00Z'], ['explain' => true]));
show($m->resolve(['id' => 103]));
?>
--EXPECT--
null
null
NULL 0 NULL | no host found in the booking
3 100 'calcom_user_id' | staff calcom_user_id is 103
