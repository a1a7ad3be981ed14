--TEST--
HostMapper::resolve(): Jürgen Müller = Juergen Mueller = Jurgen Muller
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach (['Jürgen Müller', 'Juergen Mueller', 'Jurgen Muller', 'JÜRGEN MÜLLER', "Ju\u{308}rgen Mu\u{308}ller"] as $n) show($m->resolve(['name' => $n]));
?>
--EXPECT--
2 75 'name' | name match: juergen mueller
2 75 'name' | name match: juergen mueller
2 75 'name' | name match: jurgen muller
2 75 'name' | name match: juergen mueller
2 75 'name' | name match: juergen mueller
