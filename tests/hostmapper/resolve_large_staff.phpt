--TEST--
HostMapper::resolve(): 20,000 staff, the right one by each strategy
--EXTENSIONS--
calbook
--FILE--
<?php
$first = ['Anna', 'Jürgen', 'Fabian', 'Lena', 'Sophie', 'Lukas', 'Jonas', 'Marie', 'Özlem', 'Paul'];
$staff = [];
for ($i = 0; $i < 20000; $i++) {
    $staff[] = ['id' => $i, 'first_name' => $first[$i % 10], 'last_name' => "Nachname$i", 'email' => "staff$i@salon.test", 'company_id' => $i % 4, 'calcom_user_id' => 100000 + $i];
}
$m = new Calbook\HostMapper($staff);
var_dump($m->resolve(['id' => 119999])['staff_id']);
var_dump($m->resolve(['email' => 'STAFF12345@salon.test'])['staff_id']);
var_dump($m->resolve(['name' => 'Oezlem Nachname18']));
var_dump($m->resolve(['name' => 'Ozlem Nachname18'], ['company_id' => 2])['staff_id']);
var_dump($m->resolve(['name' => 'Ozlem Nachname18'], ['company_id' => 1]));
?>
--EXPECT--
int(19999)
int(12345)
array(6) {
  ["staff_id"]=>
  int(18)
  ["confidence"]=>
  int(75)
  ["source"]=>
  string(4) "name"
  ["reason"]=>
  string(29) "name match: oezlem nachname18"
  ["host"]=>
  array(6) {
    ["id"]=>
    NULL
    ["email"]=>
    NULL
    ["name"]=>
    string(17) "Oezlem Nachname18"
    ["username"]=>
    NULL
    ["timeZone"]=>
    NULL
    ["source"]=>
    string(4) "host"
  }
  ["new_mapping"]=>
  bool(true)
}
int(18)
NULL
