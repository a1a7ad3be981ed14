--TEST--
HostMapper::extractHost(): wrong types anywhere give null, without a warning
--EXTENSIONS--
calbook
--FILE--
<?php
error_reporting(E_ALL);
$cases = [
    [], ['hosts' => 'x'], ['hosts' => null], ['hosts' => [null]], ['hosts' => ['x']], ['hosts' => [[]]],
    ['hosts' => [['id' => []]]], ['hosts' => [['id' => 1.5, 'email' => 'a@b.c']]], ['hosts' => [['id' => -3, 'name' => 'A B']]],
    ['hosts' => [['id' => '12abc', 'name' => 'A B']]], ['hosts' => [['id' => true, 'name' => 'A B']]],
    ['hosts' => [['id' => null, 'name' => null, 'email' => ['x']]]], ['organizer' => 'Fabian'], ['organizer' => 42],
    ['user' => 'fabian'], ['userId' => 'abc'], ['userId' => 0], ['userId' => []], ['data' => 'x'], ['data' => [1, 2]],
    ['payload' => null], ['payload' => ['organizer' => [null]]], ['responses' => ['hosts' => 'x']],
    ['responses' => ['hosts' => ['value' => 'x']]], [1, 2, 3], [[[]]], [new stdClass], ['hosts' => [new stdClass]],
    ['organizer' => ['id' => '99999999999999999999', 'name' => 'A B']],
];
foreach ($cases as $i => $c) {
    echo $i, ': ', var_export(Calbook\HostMapper::extractHost($c), true), "\n";
}
?>
--EXPECT--
0: NULL
1: NULL
2: NULL
3: NULL
4: NULL
5: NULL
6: NULL
7: NULL
8: NULL
9: NULL
10: NULL
11: NULL
12: NULL
13: NULL
14: NULL
15: NULL
16: NULL
17: NULL
18: NULL
19: NULL
20: NULL
21: NULL
22: NULL
23: NULL
24: NULL
25: NULL
26: NULL
27: NULL
28: NULL
