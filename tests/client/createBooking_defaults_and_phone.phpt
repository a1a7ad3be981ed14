--TEST--
Client::createBooking(): timeZone defaults to Europe/Berlin; a flat phone that is not E.164 is left out (not sent, not refused)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$in = cbt_flat(['phone' => '0151 1234 5678']);
unset($in['timeZone']);
$r = $c->createBooking($in);
var_dump($r->status());
$a = $emu->bookings()[0]['attendees'][0];
var_dump($a['timeZone'], array_key_exists('phoneNumber', $a));
?>
--EXPECT--
int(201)
string(13) "Europe/Berlin"
bool(false)
