--TEST--
HostMapper::resolveMany(): results keyed like the input, arrays and iterators
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$in = ['bk_1' => ['hosts' => [['id' => 103]]], 7 => ['name' => 'Nobody Here'], '12' => ['email' => 'fabian@salon-demo.test']];
foreach ($m->resolveMany($in) as $k => $r) echo var_export($k, true), ' => ', $r === null ? 'null' : var_export($r['staff_id'], true), "\n";
$gen = (function () { yield 'a' => ['name' => 'Anna Schmidt']; yield 5 => ['name' => 'Jürgen Müller']; })();
foreach ($m->resolveMany($gen) as $k => $r) echo var_export($k, true), ' => ', var_export($r['staff_id'], true), "\n";
var_dump($m->resolveMany(new ArrayIterator([])));
var_dump(count($m->resolveMany(new ArrayIterator(['x' => ['name' => 'Anna Schmidt']]), ['explain' => true])));
?>
--EXPECT--
'bk_1' => 3
7 => null
12 => 1
'a' => 3
5 => 2
array(0) {
}
int(1)
