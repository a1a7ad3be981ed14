--TEST--
HostMapper::resolve(): emails are trimmed and compared case-insensitively
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['email' => '  Fabian@SALON-demo.TEST ']));
show($m->resolve(['email' => 'fabian@salon-demo.tes']));
?>
--EXPECT--
1 95 'email' | exact email match: fabian@salon-demo.test
null
