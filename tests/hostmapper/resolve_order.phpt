--TEST--
HostMapper::resolve(): mapping, then calcom_user_id, then email, then name
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
$staff = [
    ['id' => 'map', 'name' => 'Z Z'], ['id' => 'uid', 'name' => 'Y Y', 'calcom_user_id' => 50],
    ['id' => 'mail', 'name' => 'X X', 'email' => 'h@x.de'], ['id' => 'name', 'name' => 'Hanna Host'],
];
$host = ['id' => 50, 'email' => 'h@x.de', 'name' => 'Hanna Host'];
show((new Calbook\HostMapper($staff, [['calcom_host_id' => 50, 'staff_id' => 'map']]))->resolve($host));
show((new Calbook\HostMapper($staff))->resolve($host));
show((new Calbook\HostMapper($staff))->resolve(['id' => 51] + $host));
show((new Calbook\HostMapper($staff))->resolve(['id' => 51, 'email' => 'other@x.de'] + $host));
?>
--EXPECT--
'map' 100 'mapping' | known mapping of Cal.com host 50
'uid' 100 'calcom_user_id' | staff calcom_user_id is 50
'mail' 95 'email' | exact email match: h@x.de
'name' 75 'name' | name match: hanna host
