--TEST--
Secrets: phpinfo() after clients were used and webhooks verified shows neither the API key nor the webhook secret
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/secrets.inc';
$emu = rel_secret_emulator();
$c = rel_secret_client($emu->baseUrl, ['persistent' => true]);
echo 'create: ', $c->createBooking(rel_booking())->status(), "\n";
$body = '{"triggerEvent":"BOOKING_CREATED","payload":{}}';
var_dump(Calbook\Webhook::verify($body, hash_hmac('sha256', $body, REL_WEBHOOK_SECRET), REL_WEBHOOK_SECRET));
ob_start();
phpinfo();
$info = (string) ob_get_clean();
echo str_contains($info, 'calbook') ? "phpinfo has the calbook section\n" : "no calbook section\n";
rel_secret_check('phpinfo', $info);
ob_start();
phpinfo(INFO_MODULES);
rel_secret_check('phpinfo(INFO_MODULES)', (string) ob_get_clean());
?>
--EXPECT--
create: 201
bool(true)
phpinfo has the calbook section
phpinfo: hidden (output)
phpinfo(INFO_MODULES): hidden (output)
