--TEST--
HostMapper: surrogates, code points above U+10FFFF and overlong forms in names are no match and never indexed
--EXTENSIONS--
calbook
--FILE--
<?php
error_reporting(E_ALL);
$bad = ["\xed\xa0\x80" /* U+D800 */, "\xf4\x90\x80\x80" /* U+110000 */, "\xe0\x80\xaf" /* overlong '/' */, "\xc1\xbf", "\xf8\x88\x80\x80\x80"];
$staff = [['id' => 1, 'name' => 'Anna Schmidt']];
foreach ($bad as $i => $b) {
    $staff[] = ['id' => 10 + $i, 'name' => "Bea{$b} Kurz"];
}
$m = new Calbook\HostMapper($staff);
foreach ($bad as $b) {
    $r = $m->resolve(['name' => "Anna{$b} Schmidt"], ['explain' => true]);
    echo var_export($r['staff_id'], true), " | ", $r['reason'], "\n";
    var_dump($m->resolve(['name' => "Bea{$b} Kurz"]));
}
// The staff rows with bad bytes were not indexed: their valid spelling finds nobody.
var_dump($m->resolve(['name' => 'Bea Kurz']));
var_dump($m->resolve(['name' => 'Anna Schmidt'])['staff_id']);
?>
--EXPECT--
NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL
NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL
NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL
NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL
NULL | calcom_user_id: the host has no id; email: the host has none; name: the host's name is not valid UTF-8 or too long
NULL
NULL
int(1)
