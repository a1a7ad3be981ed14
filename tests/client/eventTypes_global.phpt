--TEST--
Client event-type methods without team_id: /v2/event-types[/{id}] with cal-api-version 2024-06-14; data validated
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
echo 'list ', $c->getEventTypes(['username' => 'fabian'])->status(), "\n";
echo 'one ', $c->getEventType(503)->json('data.slug'), "\n";
$id = $c->createEventType(['title' => 'Kurz', 'slug' => 'kurz', 'lengthInMinutes' => 10])->json('data.id');
echo 'update ', $c->updateEventType($id, ['lengthInMinutes' => 20])->json('data.lengthInMinutes'), "\n";
echo 'delete ', $c->deleteEventType($id)->status(), "\n";
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', str_replace("/$id", '/{id}', $q['path']), ' ', $q['version'], ' ', $q['query'] ?: '-', "\n";
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->createEventType(['title' => 'X', 'slug' => 'x'])), "\n";
echo cbt_catch(fn() => $c->createEventType(['title' => '', 'slug' => 'x', 'lengthInMinutes' => 10])), "\n";
echo cbt_catch(fn() => $c->updateEventType($id, [])), "\n";
echo cbt_catch(fn() => $c->getEventType(0)), "\n";
echo cbt_catch(fn() => $c->deleteEventType(-1)), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
list 200
one beratung
update 20
delete 200
GET /v2/event-types 2024-06-14 username=fabian
GET /v2/event-types/503 2024-06-14 -
POST /v2/event-types 2024-06-14 -
PATCH /v2/event-types/{id} 2024-06-14 -
DELETE /v2/event-types/{id} 2024-06-14 -
Calbook\InvalidArgumentException: Calbook\Client::createEventType(): lengthInMinutes is required: a positive integer
Calbook\InvalidArgumentException: Calbook\Client::createEventType(): title must be a non-empty string
Calbook\InvalidArgumentException: Calbook\Client::updateEventType(): nothing to update
Calbook\InvalidArgumentException: Calbook\Client::getEventType(): the event type id must be a positive integer
Calbook\InvalidArgumentException: Calbook\Client::deleteEventType(): the event type id must be a positive integer
bool(true)
