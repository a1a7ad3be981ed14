--TEST--
HostMapper::assign(): an unresolvable host gives staff_id null and preference_met false, the host id is kept
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
var_export($m->assign(['uid' => 'x', 'hosts' => [['id' => 999, 'name' => 'Nobody Known']]], 1));
echo "\n";
var_export($m->assign(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/legacy_create_no_host.json'), true), 1));
?>
--EXPECT--
array (
  'staff_id' => NULL,
  'calcom_host_id' => 999,
  'preferred_staff_id' => 1,
  'preference_met' => false,
  'match' => NULL,
)
array (
  'staff_id' => NULL,
  'calcom_host_id' => NULL,
  'preferred_staff_id' => 1,
  'preference_met' => false,
  'match' => NULL,
)
