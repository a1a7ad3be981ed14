--TEST--
HostMapper::resolve(): an unknown context key or a wrong type is refused by name
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([['companyId' => 1], ['explain' => 1], ['company_id' => [1]], [5 => 'x']] as $ctx) {
    try { $m->resolve(['name' => 'Anna Schmidt'], $ctx); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECT--
Calbook\InvalidArgumentException: context['companyId'] is not a known key (company_id, explain)
Calbook\InvalidArgumentException: context['explain'] must be a bool, int given
Calbook\InvalidArgumentException: context['company_id'] must be an int, a string or null, array given
Calbook\InvalidArgumentException: context[5] is not a known key (company_id, explain)
