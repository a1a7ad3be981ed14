--TEST--
Client after fork(): the child never uses the parent's connection (it opens its own); the parent's connection stays usable
--EXTENSIONS--
calbook
pcntl
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
$out = tempnam(sys_get_temp_dir(), 'cbfork');
foreach ([false, true] as $persistent) {
    $emu->reset();
    $c = cbt_client($emu, ['persistent' => $persistent]);
    $c->getBooking('parent1');
    $pid = pcntl_fork();
    if ($pid === 0) {
        $r = $c->getBooking('child1');
        file_put_contents($out, $r->status() . ' ' . $c->stats()['connections_opened']);
        unset($c, $r);
        pcntl_exec('/bin/true'); // leave without running the parent's shutdown functions
    }
    pcntl_waitpid($pid, $status);
    echo 'persistent ', var_export($persistent, true), ': child ', file_get_contents($out);
    $r = $c->getBooking('parent2');
    $st = $emu->stats();
    echo ', parent ', $r->status(), ' reused ', $c->stats()['connections_reused'], ', connections ', $st['connections'], "\n";
    $ids = array_column($st['requests'], 'connection_id', 'path');
    var_dump($ids['/v2/bookings/parent1'] === $ids['/v2/bookings/parent2'], $ids['/v2/bookings/child1'] !== $ids['/v2/bookings/parent1']);
    unset($c);
}
@unlink($out);
?>
--EXPECT--
persistent false: child 404 2, parent 404 reused 1, connections 2
bool(true)
bool(true)
persistent true: child 404 2, parent 404 reused 1, connections 2
bool(true)
bool(true)
