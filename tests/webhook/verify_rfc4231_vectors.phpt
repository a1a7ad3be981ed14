--TEST--
Webhook::verify(): RFC 4231 HMAC-SHA256 test cases 1, 2, 3, 4, 6, 7
--EXTENSIONS--
calbook
--FILE--
<?php
$cases = [
    [str_repeat("\x0b", 20), "Hi There", 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
    ["Jefe", "what do ya want for nothing?", '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
    [str_repeat("\xaa", 20), str_repeat("\xdd", 50), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
    [implode("", array_map("chr", range(1, 25))), str_repeat("\xcd", 50), '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b'],
    [str_repeat("\xaa", 131), "Test Using Larger Than Block-Size Key - Hash Key First", '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54'],
    [str_repeat("\xaa", 131), "This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.", '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2'],
];
foreach ($cases as $i => [$key, $data, $mac]) {
    echo $i + 1, ': ', var_export(Calbook\Webhook::verify($data, $mac, $key), true),
        ' / one digit off: ', var_export(Calbook\Webhook::verify($data, substr_replace($mac, $mac[10] === '0' ? '1' : '0', 10, 1), $key), true), "\n";
}
?>
--EXPECT--
1: true / one digit off: false
2: true / one digit off: false
3: true / one digit off: false
4: true / one digit off: false
5: true / one digit off: false
6: true / one digit off: false
