--TEST--
HostMapper::resolve(): a long name or email is shown cut to 80 bytes on a character boundary, with "..."
--EXTENSIONS--
calbook
--FILE--
<?php
// Normalized: 78 "a", a space (79 bytes), then "ж" (2 bytes) across the 80-byte mark.
$first = str_repeat('A', 78);
$last = 'Жукова';
$email = str_repeat('d', 75) . '@salon.test';  // 86 bytes
$m = new Calbook\HostMapper([['id' => 1, 'first_name' => $first, 'last_name' => $last, 'email' => $email]]);
foreach ([['name' => "$first $last"], ['email' => strtoupper($email)], ['email' => $email]] as $host) {
    $reason = $m->resolve($host, ['explain' => true])['reason'];
    $shown = substr($reason, strpos($reason, ': ') + 2);
    echo strlen($shown), ' ', preg_match('//u', $reason) ? 'utf-8' : 'BROKEN', ' ', substr($reason, 0, strpos($reason, ':')), ' ', json_encode(substr($shown, -6)), "\n";
}
?>
--EXPECT--
82 utf-8 name match "aa ..."
83 utf-8 exact email match "alo..."
83 utf-8 exact email match "alo..."
