--TEST--
HostMapper::resolve(): the result fields; staff ids keep the type the app gave
--EXTENSIONS--
calbook
--FILE--
<?php
$fx = fn($n) => json_decode(file_get_contents(__DIR__ . "/../fixtures/staff/$n.json"), true);
$m = new Calbook\HostMapper($fx('salon_demo'), $fx('salon_demo_mappings'), ['company_id' => 1]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
var_dump($m->resolve(['id' => 101, 'name' => 'José García', 'username' => 'jose', 'timeZone' => 'Europe/Berlin']));
var_dump($m->resolve(['name' => 'Anna Schmidt'])['staff_id']);
?>
--EXPECT--
array(6) {
  ["staff_id"]=>
  string(6) "emp-10"
  ["confidence"]=>
  int(75)
  ["source"]=>
  string(4) "name"
  ["reason"]=>
  string(23) "name match: jose garcia"
  ["host"]=>
  array(6) {
    ["id"]=>
    int(101)
    ["email"]=>
    NULL
    ["name"]=>
    string(13) "José García"
    ["username"]=>
    string(4) "jose"
    ["timeZone"]=>
    string(13) "Europe/Berlin"
    ["source"]=>
    string(4) "host"
  }
  ["new_mapping"]=>
  bool(true)
}
int(3)
