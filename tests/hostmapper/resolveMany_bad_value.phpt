--TEST--
HostMapper::resolveMany(): a value that is not an array is refused by its key
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([[['name' => 'A B'], 'x'], ['k' => null], new ArrayIterator(['k' => 5])] as $in) {
    try { $m->resolveMany($in); echo "ok\n"; } catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { $m->resolveMany((function () { yield [1] => ['name' => 'A B']; })()); } catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $m->resolveMany('x'); } catch (TypeError $e) { echo get_class($e), "\n"; }
?>
--EXPECT--
Calbook\InvalidArgumentException: bookings[1] must be an array, string given
Calbook\InvalidArgumentException: bookings['k'] must be an array, null given
Calbook\InvalidArgumentException: bookings['k'] must be an array, int given
Calbook\InvalidArgumentException: bookings: keys must be ints or strings, array given
TypeError
