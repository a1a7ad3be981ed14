--TEST--
Client::getBookings(): GET /v2/bookings with filters URL-encoded (lists as comma lists, bools as true/false, null left out)
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$c->createBooking(cbt_flat());
$r = $c->getBookings(['status' => ['upcoming', 'past'], 'attendeeEmail' => 'erika@example.org', 'take' => 10]);
var_dump($r->status(), count($r->data()), $r->json('pagination.totalItems'));
$last = end($emu->stats()['requests']);
echo $last['method'], ' ', $last['path'], ' ', $last['version'], "\n";
echo $last['query'], "\n";
$c->getBookings(['teamsIds' => [42, 43], 'x' => null, 'flag' => true, 'off' => false, 'attendeeName' => 'Erika Müller & Co/x?y#z', 'n' => 1.5]);
echo end($emu->stats()['requests'])['query'], "\n";
echo cbt_catch(fn() => $c->getBookings(['status' => ['a' => ['nested']]])), "\n";
echo cbt_catch(fn() => $c->getBookings(['upcoming'])), "\n";
?>
--EXPECT--
int(200)
int(1)
int(1)
GET /v2/bookings 2024-08-13
status=upcoming&status=past&attendeeEmail=erika%40example.org&take=10
teamsIds=42,43&flag=true&off=false&attendeeName=Erika%20M%C3%BCller%20%26%20Co%2Fx%3Fy%23z&n=1.5
Calbook\InvalidArgumentException: Calbook\Client::getBookings(): filter "status" must be a scalar or a list of scalars
Calbook\InvalidArgumentException: Calbook\Client::getBookings(): filter must be keyed by parameter name (got index 0)
