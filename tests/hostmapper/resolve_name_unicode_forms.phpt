--TEST--
HostMapper::resolve(): compatibility forms, ligatures, ignorable characters, Unicode dashes and apostrophes
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([
    ['id' => 1, 'name' => 'Sofia Fischer'],
    ['id' => 2, 'name' => "Sean O'Brien"],
    ['id' => 3, 'name' => 'Anna-Lena Øberg'],
    ['id' => 4, 'name' => 'Łukasz Żółć'],
]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([
    'Ｓｏｆｉａ　Ｆｉｓｃｈｅｒ',          // fullwidth letters and ideographic space
    "So\u{FB01}a Fischer",               // the ligature ﬁ
    "Sofia Fi\u{AD}scher",               // soft hyphen inside a word
    "Sofia\u{200B} Fischer",             // zero-width space
    "Sean O\u{2019}Brien",               // right single quotation mark
    "Sean O\u{2BC}Brien",                // modifier letter apostrophe
    "ANNA\u{2010}LENA \u{D8}BERG",       // Unicode hyphen, capital Ø
    'Anna Lena Oberg',
    'Lukasz Zolc',
    'ŁUKASZ ŻÓŁĆ',
    "Sofia \u{1F487} Fischer",           // a symbol separates words like a space
] as $n) {
    show($m->resolve(['name' => $n]));
}
?>
--EXPECT--
1 75 'name' | name match: sofia fischer
1 75 'name' | name match: sofia fischer
1 75 'name' | name match: sofia fischer
1 75 'name' | name match: sofia fischer
2 75 'name' | name match: sean obrien
2 75 'name' | name match: sean obrien
3 75 'name' | name match: anna lena oberg
3 75 'name' | name match: anna lena oberg
4 75 'name' | name match: lukasz zolc
4 75 'name' | name match: lukasz zolc
1 75 'name' | name match: sofia fischer
