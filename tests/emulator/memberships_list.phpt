--TEST--
GET /v2/teams/{teamId}/memberships: the seeded team members with their users; emails filter; any version accepted
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('none') + ['cal-api-version' => '2024-08-13'];
$r = $emu->request('GET', '/teams/42/memberships', $h);
var_dump($r['status']);
foreach ($r['json']['data'] as $m) {
    echo $m['id'], ' ', $m['userId'], ' ', $m['teamId'], ' ', $m['role'], ' ', var_export($m['accepted'], true), ' ', $m['user']['name'], ' ', $m['user']['email'], ' ', $m['user']['username'], "\n";
}
$r = $emu->request('GET', '/teams/42/memberships?emails=ANNA@salon-demo.test,nobody@x.test', $h);
var_dump(array_column($r['json']['data'], 'userId'));
var_dump($emu->request('GET', '/teams/42/memberships/4202', $h)['json']['data']['user']['username']);
var_dump($emu->request('GET', '/teams/43/memberships', $h)['status']);
$r = $emu->request('GET', '/teams/42', $h);
var_dump($r['json']['data']['name'], $r['json']['data']['slug']);
?>
--EXPECT--
int(200)
4201 101 42 OWNER true Fabian Spitzer fabian@salon-demo.test fabian
4202 102 42 MEMBER true Jürgen Müller juergen@salon-demo.test juergen
4203 103 42 MEMBER true Anna Schmidt anna@salon-demo.test anna
array(1) {
  [0]=>
  int(103)
}
string(7) "juergen"
int(404)
string(10) "Salon Demo"
string(10) "salon-demo"
