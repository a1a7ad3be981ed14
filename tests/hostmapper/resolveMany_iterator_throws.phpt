--TEST--
HostMapper::resolveMany(): an exception from the iterator passes through
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$gen = (function () { yield 'a' => ['name' => 'Anna Schmidt']; throw new LogicException('source failed'); })();
try { $m->resolveMany($gen); } catch (LogicException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
LogicException: source failed
