--TEST--
HostMapper::resolve(): inputs without a usable host give null, explain says no host
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
error_reporting(E_ALL);
foreach ([[], ['uid' => 'x', 'status' => 'accepted'], ['hosts' => 'x'], ['name' => ['x']], ['id' => 'abc', 'name' => 'Fabian Spitzer'], [[[[]]]], ['email' => 12345]] as $in) show($m->resolve($in));
show($m->resolve(['uid' => 'x'], ['explain' => true]));
?>
--EXPECT--
null
null
null
null
null
null
null
NULL 0 NULL | no host found in the booking
