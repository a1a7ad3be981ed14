--TEST--
Client persistent option: with it, a later client with the same base URL reuses the idle connection; without it, each client opens its own
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/helpers.inc';
$emu = calbook_emulator_start();
foreach ([true, false] as $persistent) {
    $emu->reset();
    $a = cbt_client($emu, ['persistent' => $persistent]);
    $a->getBooking('abc');
    unset($a); // gives its connection back to the pool when persistent
    $b = cbt_client($emu, ['persistent' => $persistent]);
    $b->getBooking('abc');
    echo 'persistent ', var_export($persistent, true), ': connections ', $emu->stats()['connections'], ', second client reused ', $b->stats()['connections_reused'], "\n";
    unset($b);
}
?>
--EXPECT--
persistent true: connections 1, second client reused 1
persistent false: connections 2, second client reused 0
