--TEST--
Client::getAvailableSlots(): GET /v2/slots with cal-api-version 2024-09-04 and the query; start, end and the event type are required
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$r = $c->getAvailableSlots(['eventTypeId' => 501, 'start' => '2030-01-07', 'end' => '2030-01-08', 'timeZone' => 'Europe/Berlin']);
var_dump($r->status(), $r->json('data.2030-01-07.0.start'));
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'], ' ', $last['version'], ' ', $last['query'], "\n";
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->getAvailableSlots(['eventTypeId' => 501, 'end' => '2030-01-08'])), "\n";
echo cbt_catch(fn() => $c->getAvailableSlots(['eventTypeId' => 501, 'start' => 'tomorrow', 'end' => '2030-01-08'])), "\n";
echo cbt_catch(fn() => $c->getAvailableSlots(['start' => '2030-01-07', 'end' => '2030-01-08'])), "\n";
echo cbt_catch(fn() => $c->getAvailableSlots(['eventTypeId' => 'x', 'start' => '2030-01-07', 'end' => '2030-01-08'])), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
int(200)
string(29) "2030-01-07T09:00:00.000+01:00"
GET /v2/slots 2024-09-04 eventTypeId=501&start=2030-01-07&end=2030-01-08&timeZone=Europe%2FBerlin
Calbook\InvalidArgumentException: Calbook\Client::getAvailableSlots(): start is required (an ISO 8601 date or UTC time such as 2030-01-08)
Calbook\InvalidArgumentException: Calbook\Client::getAvailableSlots(): start is required (an ISO 8601 date or UTC time such as 2030-01-08)
Calbook\InvalidArgumentException: Calbook\Client::getAvailableSlots(): eventTypeId is required (or eventTypeSlug with username or teamSlug, or usernames)
Calbook\InvalidArgumentException: Calbook\Client::getAvailableSlots(): eventTypeId must be a positive integer
bool(true)
