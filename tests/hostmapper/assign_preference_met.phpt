--TEST--
HostMapper::assign(): Cal.com picked the customer's preferred staff
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
var_export($m->assign(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_booking.json'), true), 1));
?>
--EXPECT--
array (
  'staff_id' => 1,
  'calcom_host_id' => 101,
  'preferred_staff_id' => 1,
  'preference_met' => true,
  'match' => 
  array (
    'staff_id' => 1,
    'confidence' => 95,
    'source' => 'email',
    'reason' => 'exact email match: fabian@salon-demo.test',
    'host' => 
    array (
      'id' => 101,
      'email' => 'fabian@salon-demo.test',
      'name' => 'Fabian Spitzer',
      'username' => 'fabian',
      'timeZone' => 'Europe/Berlin',
      'source' => 'hosts',
    ),
    'new_mapping' => true,
  ),
)
