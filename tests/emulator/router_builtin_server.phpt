--TEST--
router.php: the same application under php -S, sharing the state file of a running emulator
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
$emu = calbook_emulator_start();
$h = $emu->headers('bookings');
$uid = $emu->request('POST', '/bookings', $h, ['start' => '2050-09-05T07:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Max', 'email' => 'max@example.com', 'timeZone' => 'Europe/Berlin']])['json']['data']['uid'];
$env = getenv();
unset($env['LD_PRELOAD'], $env['USE_ZEND_ALLOC'], $env['ASAN_OPTIONS'], $env['LSAN_OPTIONS'], $env['UBSAN_OPTIONS']);
$env['CALBOOK_EMULATOR_STATE'] = $emu->stateFile;
$proc = proc_open(['/usr/bin/timeout', '60', PHP_BINARY, '-n', '-S', '127.0.0.1:0', __DIR__ . '/router.php'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$port = 0;
$line = '';
while (!feof($pipes[2]) && !preg_match('#127\.0\.0\.1:(\d+)#', $line, $m)) {
    $line .= fgets($pipes[2]);
}
stream_set_blocking($pipes[2], false);
$port = (int) ($m[1] ?? 0);
var_dump($port > 0);
$c = new CalbookEmulatorConnection($port);
$r = $c->request('GET', "/v2/bookings/$uid", $h, null, false);
var_dump($r['status'], $r['json']['data']['hosts'][0]['id'], isset($r['headers']['x-request-id'], $r['headers']['x-ratelimit-limit-default']));
$c = new CalbookEmulatorConnection($port);
$r = $c->request('POST', '/v2/bookings', $h, ['start' => '2050-09-05T08:00:00Z', 'eventTypeId' => 501,
    'attendee' => ['name' => 'Eva', 'email' => 'eva@example.com', 'timeZone' => 'Europe/Berlin']], false);
var_dump($r['status'], $r['json']['data']['hosts'][0]['id']);
var_dump($emu->stats()['bookings_created']);
proc_terminate($proc);
proc_close($proc);
?>
--EXPECT--
bool(true)
int(200)
int(101)
bool(true)
int(201)
int(102)
int(2)
