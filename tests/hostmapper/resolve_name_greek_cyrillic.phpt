--TEST--
HostMapper::resolve(): Greek and Cyrillic names are case folded (final sigma too) and their accents stripped
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([
    ['id' => 'gr', 'name' => 'Νίκος Παπαδόπουλος'],
    ['id' => 'ru', 'first_name' => 'Алексей', 'last_name' => 'Иванов'],
    ['id' => 'ru2', 'name' => 'Пётр Ёлкин'],
    ['id' => 'uk', 'name' => 'Олена Ковальчук'],
]);
function show(?array $r) { echo $r === null ? "null\n" : var_export($r['staff_id'], true) . " {$r['confidence']} " . var_export($r['source'], true) . " | {$r['reason']}\n"; }
foreach ([
    'ΝΊΚΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ',   // capitals, final Σ
    'Νικος Παπαδοπουλος',   // without tonos, final ς
    'νίκοσ παπαδόπουλοσ',   // a medial σ where the final form belongs
    'АЛЕКСЕЙ ИВАНОВ',
    'Иванов, Алексей',
    'Петр Елкин',           // ё written as е
    'ОЛЕНА КОВАЛЬЧУК',
    'Алексей Петров',       // another person
    'Nikos Papadopoulos',   // no transliteration between scripts
] as $n) {
    show($m->resolve(['name' => $n]));
}
?>
--EXPECT--
'gr' 75 'name' | name match: νικοσ παπαδοπουλοσ
'gr' 75 'name' | name match: νικοσ παπαδοπουλοσ
'gr' 75 'name' | name match: νικοσ παπαδοπουλοσ
'ru' 75 'name' | name match: алексеи иванов
'ru' 75 'name' | name match: алексеи иванов
'ru2' 75 'name' | name match: петр елкин
'uk' 75 'name' | name match: олена ковальчук
null
null
