--TEST--
Client event-type methods with team_id: /v2/teams/{teamId}/event-types[/{id}] without a cal-api-version header
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu, ['team_id' => 42]);
$list = $c->getEventTypes();
echo 'list ', $list->status(), ' ', implode(',', array_column($list->data(), 'id')), "\n";
echo 'one ', $c->getEventType(501)->json('data.slug'), "\n";
$new = $c->createEventType(['title' => 'Bart', 'slug' => 'bart', 'lengthInMinutes' => 15, 'schedulingType' => 'roundRobin']);
$id = $new->json('data.id');
echo 'create ', $new->status(), "\n";
echo 'update ', $c->updateEventType($id, ['title' => 'Bartpflege'])->json('data.title'), "\n";
echo 'delete ', $c->deleteEventType($id)->status(), "\n";
echo 'gone ', $c->getEventType($id)->status(), "\n";
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', str_replace("/$id", '/{id}', $q['path']), ' ', var_export($q['version'], true), "\n";
?>
--EXPECT--
list 200 501,502
one herrenhaarschnitt
create 201
update Bartpflege
delete 200
gone 404
GET /v2/teams/42/event-types NULL
GET /v2/teams/42/event-types/501 NULL
POST /v2/teams/42/event-types NULL
PATCH /v2/teams/42/event-types/{id} NULL
DELETE /v2/teams/42/event-types/{id} NULL
GET /v2/teams/42/event-types/{id} NULL
