--TEST--
config(): an unknown fault type or shape is refused (at start and on the fly), so a typo never passes silently
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/server.inc';
function short(string $m): string
{
    $p = strpos($m, ' (known:');
    return $p === false ? $m : substr($m, 0, $p);
}
try {
    calbook_emulator_start(['faults' => [['match' => 'GET /v2/me', 'type' => 'slow_bodies']]]);
} catch (RuntimeException $e) {
    echo short($e->getMessage()), "\n";
}
$emu = calbook_emulator_start();
foreach ([['faults' => [['type' => 'status', 'shape' => 'teapot']]], ['rate_limit' => 5], ['api_keys' => [1]]] as $patch) {
    try {
        $emu->config($patch);
    } catch (RuntimeException $e) {
        echo short($e->getMessage()), "\n";
    }
}
var_dump($emu->stats()['faults_pending']);
?>
--EXPECT--
the Cal.com emulator did not start: server.php: bad configuration: faults[0]: unknown type "slow_bodies"
emulator control POST /__emulator/config answered 400: {"error":"faults[0]: unknown shape \"teapot\""}
emulator control POST /__emulator/config answered 400: {"error":"rate_limit must be an object {limit, window_s, block_s}"}
emulator control POST /__emulator/config answered 400: {"error":"api_keys must be a list of strings"}
array(0) {
}
