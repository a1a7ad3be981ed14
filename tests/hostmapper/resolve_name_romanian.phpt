--TEST--
HostMapper::resolve(): Romanian ș ț (comma below, U+0218..U+021B) fold to s t in either case, like ş ţ (cedilla)
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([
    ['id' => 1, 'name' => "\u{218}tefan \u{21A}\u{103}ranu"],      // Ștefan Țăranu
    ['id' => 2, 'first_name' => 'Ioana', 'last_name' => "Pu\u{219}ca\u{219}"], // Pușcaș
    ['id' => 3, 'name' => 'Mihai Popescu'],
]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([
    'Stefan Taranu',
    "\u{218}TEFAN \u{21A}\u{102}RANU",               // upper case, comma below
    "\u{219}tefan \u{21B}\u{103}ranu",               // lower case, comma below
    "\u{15E}tefan \u{162}\u{103}ranu",               // cedilla forms (ş ţ), as older keyboards write them
    "S\u{326}tefan T\u{326}a\u{306}ranu",            // decomposed: S + U+0326 COMBINING COMMA BELOW
    'Ioana Puscas',
    "IOANA PU\u{218}CA\u{218}",
    'Stefan Popescu',
] as $n) {
    show($m->resolve(['name' => $n]));
}
?>
--EXPECT--
1 75 'name' | name match: stefan taranu
1 75 'name' | name match: stefan taranu
1 75 'name' | name match: stefan taranu
1 75 'name' | name match: stefan taranu
1 75 'name' | name match: stefan taranu
2 75 'name' | name match: ioana puscas
2 75 'name' | name match: ioana puscas
null
