--TEST--
HostMapper::assign(): Cal.com's assignment is kept, the wish apart
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$r = $m->assign(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/webhook_booking_created.json'), true), 3);
var_dump($r['staff_id'], $r['calcom_host_id'], $r['preferred_staff_id'], $r['preference_met'], $r['match']['source']);
$r = $m->assign(json_decode(file_get_contents(__DIR__ . '/../fixtures/hosts/v2_booking.json'), true), null);
var_dump($r['staff_id'], $r['preferred_staff_id'], $r['preference_met']);
?>
--EXPECT--
int(1)
int(101)
int(3)
bool(false)
string(5) "email"
int(1)
NULL
bool(false)
