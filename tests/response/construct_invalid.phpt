--TEST--
Response: invalid constructor arguments are refused with ValueError
--EXTENSIONS--
calbook
--FILE--
<?php
$cases = [
    fn() => new Calbook\Response(99),
    fn() => new Calbook\Response(600),
    fn() => new Calbook\Response(200, '', ['' => 'x']),
    fn() => new Calbook\Response(200, '', [0 => 'x']),
    fn() => new Calbook\Response(200, '', ['x-a' => 1]),
    fn() => new Calbook\Response(200, '', ['x-a' => ['ok', ['nested']]]),
];
foreach ($cases as $c) {
    try { $c(); echo "no exception\n"; }
    catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
?>
--EXPECT--
ValueError: Calbook\Response::__construct(): Argument #1 ($status) must be an HTTP status from 100 to 599
ValueError: Calbook\Response::__construct(): Argument #1 ($status) must be an HTTP status from 100 to 599
ValueError: Calbook\Response::__construct(): Argument #3 ($headers) must be keyed by header name
ValueError: Calbook\Response::__construct(): Argument #3 ($headers) must be keyed by header name
ValueError: Calbook\Response::__construct(): Argument #3 ($headers) must map each header name to a string or a list of strings
ValueError: Calbook\Response::__construct(): Argument #3 ($headers) must map each header name to a string or a list of strings
