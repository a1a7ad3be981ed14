--TEST--
HostMapper::resolve(): emails that are not addresses never match, even written the same way on both sides
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([
    ['id' => 1, 'name' => 'Anna Schmidt', 'email' => 'front-desk'],      // no @
    ['id' => 2, 'name' => 'Ben Braun', 'email' => '@salon.test'],        // nothing before @
    ['id' => 3, 'name' => 'Cem Celik', 'email' => 'cem@'],               // nothing after @
    ['id' => 4, 'name' => 'Dora Dahl', 'email' => 'a@b@salon.test'],     // two @
    ['id' => 5, 'name' => 'Eva Ernst', 'email' => 'eva@salon.test'],
]);
foreach (['front-desk', '@salon.test', 'cem@', 'a@b@salon.test', 'eva@salon.test', ' EVA@salon.test '] as $e) {
    $r = $m->resolve(['email' => $e]);
    echo str_pad(var_export($e, true), 20), ' => ', $r === null ? 'null' : $r['staff_id'] . ' (' . $r['reason'] . ')', "\n";
}
$r = $m->resolve(['email' => 'front-desk'], ['explain' => true]);
echo $r['reason'], "\n";
?>
--EXPECT--
'front-desk'         => null
'@salon.test'        => null
'cem@'               => null
'a@b@salon.test'     => null
'eva@salon.test'     => 5 (exact email match: eva@salon.test)
' EVA@salon.test '   => 5 (exact email match: eva@salon.test)
calcom_user_id: the host has no id; email: the host's email is not a valid address; name: the host has none
