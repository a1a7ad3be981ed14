--TEST--
HostMapper::resolve(): repeated matches of one staff give each its own reason text, unchanged by callers
--EXTENSIONS--
calbook
--FILE--
<?php
$staff = [
    ['id' => 1, 'first_name' => 'Anna', 'last_name' => 'Weber', 'email' => 'anna@salon.test', 'calcom_user_id' => 501,
     'aliases' => ['anna.privat@mail.test', 'Anni Weber']],
    ['id' => 2, 'first_name' => 'Jürgen', 'last_name' => 'Maria Koch', 'email' => 'j@salon.test'],
    ['id' => 3, 'first_name' => 'Lena', 'last_name' => 'Lang', 'email' => str_repeat('l', 90) . '@salon.test',
     'aliases' => [str_repeat('l', 90) . '@privat.test']],
];
$m = new Calbook\HostMapper($staff, [['calcom_host_id' => 900, 'staff_id' => 1]], ['auto_threshold' => 50]);
$long = str_repeat('l', 90) . '@salon.test';
$hosts = [
    ['id' => 900], ['id' => 901], ['id' => 900],           // mapping, nothing, mapping again
    ['id' => 501], ['id' => 501],                          // calcom_user_id
    ['email' => 'anna@salon.test'], ['email' => 'ANNA@salon.test'], ['email' => 'anna.privat@mail.test'],
    ['email' => 'anna@salon.test'],
    ['name' => 'Anna Weber'], ['name' => 'Anni Weber'], ['name' => 'anna  WEBER'],
    ['name' => 'Juergen Koch'], ['name' => 'Jürgen Koch'], ['name' => 'Jürgen Maria Koch'],
    ['email' => $long], ['email' => strtoupper($long)], ['email' => str_repeat('l', 90) . '@privat.test'],
];
$seen = [];
foreach ($hosts as $h) {
    $r = $m->resolve($h);
    $reason = $r === null ? 'null' : $r['source'] . ': ' . $r['reason'];
    echo $reason, "\n";
    if ($r !== null) {
        // Changing a result's reason changes nothing in later results.
        $r['reason'] .= ' (changed)';
        $seen[] = $r['reason'];
    }
}
$again = $m->resolve(['email' => 'anna@salon.test']);
var_dump($again['reason']);
var_dump(end($seen));
?>
--EXPECTF--
mapping: known mapping of Cal.com host 900
null
mapping: known mapping of Cal.com host 900
calcom_user_id: staff calcom_user_id is 501
calcom_user_id: staff calcom_user_id is 501
email: exact email match: anna@salon.test
email: exact email match: anna@salon.test
email: exact email match: anna.privat@mail.test
email: exact email match: anna@salon.test
name: name match: anna weber
name: name match: anni weber
name: name match: anna weber
name: name match with a middle name on one side only: juergen koch
name: name match with a middle name on one side only: juergen koch
name: name match: juergen maria koch
email: exact email match: llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll...
email: exact email match: llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll...
email: exact email match: llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll...
string(34) "exact email match: anna@salon.test"
string(112) "exact email match: llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll... (changed)"
