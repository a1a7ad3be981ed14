--TEST--
Client::getTeamMembers(): GET /v2/teams/{teamId}/memberships from the argument or the team_id option; no team is refused
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$team = cbt_client($emu, ['team_id' => 42]);
$plain = cbt_client($emu);
$r = $team->getTeamMembers();
echo $r->status(), ' ', implode(',', array_column($r->data(), 'userId')), "\n";
echo $plain->getTeamMembers(42)->status(), "\n";
echo $plain->getTeamMembers(7)->status(), "\n";
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', $q['path'], ' ', var_export($q['version'], true), "\n";
echo cbt_catch(fn() => $plain->getTeamMembers()), "\n";
echo cbt_catch(fn() => $plain->getTeamMembers(0)), "\n";
?>
--EXPECTF--
200 101,102,103
200
%d
GET /v2/teams/42/memberships NULL
GET /v2/teams/42/memberships NULL
GET /v2/teams/7/memberships NULL
Calbook\InvalidArgumentException: Calbook\Client::getTeamMembers(): no team: pass a teamId or set the team_id option
Calbook\InvalidArgumentException: Calbook\Client::getTeamMembers(): teamId must be a positive integer
