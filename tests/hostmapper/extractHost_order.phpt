--TEST--
HostMapper::extractHost(): hosts before organizer before user before userId; the node before data before payload
--EXTENSIONS--
calbook
--FILE--
<?php
$h = fn($id) => ['id' => $id, 'name' => "Host $id"];
$show = fn($x) => print(($x === null ? 'null' : $x['id'] . ' ' . $x['source']) . "\n");
$show(Calbook\HostMapper::extractHost(['hosts' => [$h(1)], 'organizer' => $h(2), 'user' => $h(3), 'userId' => 4]));
$show(Calbook\HostMapper::extractHost(['organizer' => $h(2), 'user' => $h(3), 'userId' => 4]));
$show(Calbook\HostMapper::extractHost(['user' => $h(3), 'userId' => 4]));
$show(Calbook\HostMapper::extractHost(['user' => ['name' => 'No Id'], 'userId' => 4]));
$show(Calbook\HostMapper::extractHost(['userId' => 4, 'responses' => ['hosts' => [$h(5)]]]));
$show(Calbook\HostMapper::extractHost(['responses' => ['hosts' => ['label' => 'x', 'value' => [$h(6)]]]]));
$show(Calbook\HostMapper::extractHost(['hosts' => [['id' => 'unknown', 'name' => 'unknown', 'email' => 'unknown', 'username' => 'unknown']], 'organizer' => $h(2)]));
$show(Calbook\HostMapper::extractHost(['data' => ['hosts' => [$h(8)]], 'payload' => ['organizer' => $h(9)]]));
$show(Calbook\HostMapper::extractHost(['payload' => ['organizer' => $h(9)]]));
$show(Calbook\HostMapper::extractHost(['hosts' => [], 'organizer' => $h(2)]));
?>
--EXPECT--
1 hosts
2 organizer
3 user
4 user
4 userId
6 responses.hosts
2 organizer
8 data.hosts
9 payload.organizer
2 organizer
