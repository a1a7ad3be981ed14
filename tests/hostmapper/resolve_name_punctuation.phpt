--TEST--
HostMapper::resolve(): apostrophes are dropped, hyphens and dots separate words
--EXTENSIONS--
calbook
--FILE--
<?php
$m = new Calbook\HostMapper([['id' => 1, 'name' => "Sinéad O'Connor"], ['id' => 2, 'name' => 'Anna-Lena Groß'], ['id' => 3, 'name' => 'Dr. Ümit Yılmaz']]);
foreach (['Sinead OConnor', "SINÉAD O\u{2019}CONNOR", 'Anna Lena Gross', 'anna-lena  GROSS', 'Dr Uemit Yilmaz', 'Dr. Umit Yilmaz', 'Anna Gross'] as $n) {
    $r = $m->resolve(['name' => $n]);
    echo $n, ' => ', $r === null ? 'null' : $r['staff_id'] . ' ' . $r['confidence'], "\n";
}
?>
--EXPECT--
Sinead OConnor => 1 75
SINÉAD O’CONNOR => 1 75
Anna Lena Gross => 2 75
anna-lena  GROSS => 2 75
Dr Uemit Yilmaz => 3 75
Dr. Umit Yilmaz => 3 75
Anna Gross => null
