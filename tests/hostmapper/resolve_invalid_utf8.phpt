--TEST--
HostMapper::resolve(): invalid UTF-8 in the host is no match, without a warning
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
error_reporting(E_ALL);
show($m->resolve(['name' => "Fabian Sp\xfftzer"], ['explain' => true]));
show($m->resolve(['email' => "fabian@salon-demo.test\xc3"], ['explain' => true]));
show($m->resolve(['name' => "Fabian \xc0\xafSpitzer"]));
show($m->resolve(['name' => "Fabian Spitzer\0"]));
$m2 = new Calbook\HostMapper([['id' => 1, 'name' => "J\xfcrgen M\xfcller", 'email' => "j\xfc@x.de"]]);
show($m2->resolve(['name' => 'Jürgen Müller']));
show($m2->resolve(['name' => "J\xfcrgen M\xfcller"]));
?>
--EXPECT--
NULL 0 NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL 0 NULL | calcom_user_id: the host has no id; email: the host's email is not a valid address; name: the host has none
null
null
null
null
