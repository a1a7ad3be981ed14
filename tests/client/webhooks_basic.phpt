--TEST--
Client webhook methods: GET/POST /v2/webhooks, DELETE /v2/webhooks/{id}, no version header; active defaults to true; input validated
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$w = $c->createWebhook(['subscriberUrl' => 'https://salon.example.org/calcom', 'triggers' => ['BOOKING_CREATED', 'BOOKING_CANCELLED'], 'secret' => 'whsec_123']);
var_dump($w->status(), $w->json('data.active'), $w->json('data.triggers'));
$id = $w->json('data.id');
echo 'list ', count($c->getWebhooks()->data()), "\n";
echo 'delete ', $c->deleteWebhook($id)->status(), ' ', $c->deleteWebhook((string) $id)->status(), "\n";
foreach ($emu->stats()['requests'] as $q) echo $q['method'], ' ', str_replace("/$id", '/{id}', $q['path']), ' ', var_export($q['version'], true), "\n";
$n = cbt_requests($emu);
echo cbt_catch(fn() => $c->createWebhook(['triggers' => ['BOOKING_CREATED']])), "\n";
echo cbt_catch(fn() => $c->createWebhook(['subscriberUrl' => 'ftp://x', 'triggers' => ['BOOKING_CREATED']])), "\n";
echo cbt_catch(fn() => $c->createWebhook(['subscriberUrl' => 'https://x.org', 'triggers' => 'BOOKING_CREATED'])), "\n";
echo cbt_catch(fn() => $c->createWebhook(['subscriberUrl' => 'https://x.org', 'triggers' => ['A'], 'events' => []])), "\n";
echo cbt_catch(fn() => $c->deleteWebhook(0)), "\n";
var_dump(cbt_requests($emu) === $n);
?>
--EXPECT--
int(201)
bool(true)
array(2) {
  [0]=>
  string(15) "BOOKING_CREATED"
  [1]=>
  string(17) "BOOKING_CANCELLED"
}
list 1
delete 200 404
POST /v2/webhooks NULL
GET /v2/webhooks NULL
DELETE /v2/webhooks/{id} NULL
DELETE /v2/webhooks/{id} NULL
Calbook\InvalidArgumentException: Calbook\Client::createWebhook(): subscriberUrl is required (an http(s) URL)
Calbook\InvalidArgumentException: Calbook\Client::createWebhook(): subscriberUrl is required (an http(s) URL)
Calbook\InvalidArgumentException: Calbook\Client::createWebhook(): triggers is required (a non-empty list of trigger names such as BOOKING_CREATED)
Calbook\InvalidArgumentException: Calbook\Client::createWebhook(): unknown field "events" in the webhook
Calbook\InvalidArgumentException: Calbook\Client::deleteWebhook(): the webhook id must be a positive integer
bool(true)
