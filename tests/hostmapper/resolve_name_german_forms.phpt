--TEST--
HostMapper::resolve(): capital umlauts, capital ẞ, decomposed umlauts and "Last, First" give the documented German matches
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([
    ['id' => 1, 'first_name' => 'Jürgen', 'last_name' => 'Groß'],
    ['id' => 2, 'name' => 'Käthe Müller'],
    ['id' => 3, 'name' => 'Jorg Schroder'],   // written without umlauts in the staff list
]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([
    'JÜRGEN GROẞ',               // capital sharp s U+1E9E
    'Juergen Gross',
    'Jurgen Gross',
    "Ju\u{308}rgen Gro\u{df}",   // decomposed ü
    'Müller, Käthe',
    'Kaethe Mueller',
    'Kathe Muller',
    'Jörg Schröder',             // umlaut on the host side only: the stripped form matches
    'Joerg Schroeder',           // ASCII spelling against a staff name without umlaut: no match
] as $n) {
    show($m->resolve(['name' => $n]));
}
?>
--EXPECT--
1 75 'name' | name match: juergen gross
1 75 'name' | name match: juergen gross
1 75 'name' | name match: jurgen gross
1 75 'name' | name match: juergen gross
2 75 'name' | name match: kaethe mueller
2 75 'name' | name match: kaethe mueller
2 75 'name' | name match: kathe muller
3 75 'name' | name match: joerg schroeder
null
