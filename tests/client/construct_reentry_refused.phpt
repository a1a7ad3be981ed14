--TEST--
Client::__construct() cannot run twice on one object, also not re-entered from an autoloader its logger option triggers; nothing leaks
--EXTENSIONS--
calbook
--FILE--
<?php
$seen = [];
spl_autoload_register(function (string $class) use (&$seen) {
    $seen[] = $class;
    // The Client being constructed, from the stack.
    $client = null;
    foreach (debug_backtrace(DEBUG_BACKTRACE_PROVIDE_OBJECT) as $frame) {
        if (($frame['object'] ?? null) instanceof Calbook\Client) {
            $client = $frame['object'];
        }
    }
    try {
        // Re-entering the constructor of the object being built.
        $client->__construct('cal_live_inner_key', ['base_url' => 'http://127.0.0.1:1/v2']);
        echo "inner: constructed\n";
    } catch (Error $e) {
        echo 'inner: ', get_class($e), ': ', $e->getMessage(), "\n";
    }
    if ($class === 'CalbookTestLoggerCls') {
        eval('class CalbookTestLoggerCls { public static function log(string $l, string $m, array $c): void { echo "log: $m\n"; } }');
    }
});
try {
    $client = new Calbook\Client('cal_live_outer_key', ['base_url' => 'http://127.0.0.1:1/v2', 'logger' => 'CalbookTestLoggerCls::log']);
    echo "outer: constructed\n";
} catch (Throwable $e) {
    echo 'outer: ', get_class($e), ': ', $e->getMessage(), "\n";
}
echo implode(',', $seen), "\n";
var_dump(str_contains(print_r($client, true), '[logger] => 1'));

// A second explicit call after a successful construction is refused as well.
$c = new Calbook\Client('cal_live_key', ['base_url' => 'http://127.0.0.1:1/v2']);
try {
    $c->__construct('cal_live_other', ['base_url' => 'http://127.0.0.1:2/v2']);
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(str_contains(print_r($c, true), '127.0.0.1:1/v2'));

?>
--EXPECT--
inner: Error: Calbook\Client::__construct() can be called only once
outer: constructed
CalbookTestLoggerCls
bool(true)
Error: Calbook\Client::__construct() can be called only once
bool(true)
