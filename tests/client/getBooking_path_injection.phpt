--TEST--
Client::getBooking() and other uid methods: path segments that could change the URL or add headers are refused before any request
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$c = cbt_client($emu);
$n = cbt_requests($emu);
$bad = ['../me', '..', 'a/b', 'a?b=1', 'a#frag', "a\r\nX-Evil: 1", "a\0b", '', str_repeat('a', 129), 'a b', 'a%2Fb', 'ü'];
foreach ($bad as $uid) {
    $msgs = [];
    foreach ([
        fn() => $c->getBooking($uid),
        fn() => $c->cancelBooking($uid),
        fn() => $c->confirmBooking($uid),
        fn() => $c->releaseSlot($uid),
        fn() => $c->deleteWebhook($uid),
    ] as $f) {
        $msgs[] = cbt_catch($f);
    }
    echo json_encode($uid), ': ', count(array_filter($msgs, fn($m) => str_starts_with($m, 'Calbook\InvalidArgumentException: '))), "/5\n";
}
echo cbt_catch(fn() => $c->getBooking('../me')), "\n";
var_dump(cbt_requests($emu) === $n);
// 128 characters is the longest uid accepted
var_dump($c->getBooking(str_repeat('a', 128))->status());
?>
--EXPECT--
"..\/me": 5/5
"..": 5/5
"a\/b": 5/5
"a?b=1": 5/5
"a#frag": 5/5
"a\r\nX-Evil: 1": 5/5
"a\u0000b": 5/5
"": 5/5
"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 5/5
"a b": 5/5
"a%2Fb": 5/5
"\u00fc": 5/5
Calbook\InvalidArgumentException: Calbook\Client::getBooking(): the booking uid must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_'
bool(true)
int(404)
