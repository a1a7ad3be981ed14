--TEST--
HostMapper::resolve(): the result of extractHost() can be passed back
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$h = Calbook\HostMapper::extractHost(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_created.json'), true));
$r = $m->resolve($h);
show($r);
var_dump($r['host'] === $h);
?>
--EXPECT--
1 95 'email' | exact email match: fabian@salon-demo.test
bool(true)
