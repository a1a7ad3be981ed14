--TEST--
HostMapper::resolve(): staff aliases count, emails and names
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
show($m->resolve(['email' => 'Lena.Weiss@gmail.example']));
show($m->resolve(['name' => 'Lena Weiss Berger']));
?>
--EXPECT--
4 95 'email' | exact email match: lena.weiss@gmail.example
4 75 'name' | name match: lena weiss berger
