--TEST--
HostMapper::extractHost(): deeply nested junk gives null
--EXTENSIONS--
calbook
--FILE--
<?php
$a = ['hosts' => [['id' => 7, 'name' => 'X Y']]];
for ($i = 0; $i < 100000; $i++) { $a = ['data' => $a]; }
var_dump(Calbook\HostMapper::extractHost($a));
$b = [];
for ($i = 0; $i < 100000; $i++) { $b = [$b]; }
var_dump(Calbook\HostMapper::extractHost($b));
$json = str_repeat('{"payload":', 400) . '{"organizer":{"id":1,"name":"A B"}}' . str_repeat('}', 400);
var_dump(Calbook\HostMapper::extractHost(json_decode($json, true)));
?>
--EXPECT--
NULL
NULL
NULL
