--TEST--
Module: a bad INI value at startup is refused with a message naming the entry, and the default stays
--EXTENSIONS--
calbook
--INI--
calbook.timeout_ms=-5
calbook.max_response_bytes=12abc
calbook.persistent=maybe
calbook.max_retries=11
--FILE--
<?php
var_dump(ini_get('calbook.timeout_ms'), ini_get('calbook.max_response_bytes'), ini_get('calbook.persistent'), ini_get('calbook.max_retries'));
?>
--EXPECT--
Warning: PHP Startup: Invalid value "-5" for INI setting calbook.timeout_ms: expected a whole number from 1 to 600000 in Unknown on line 0

Warning: PHP Startup: Invalid value "12abc" for INI setting calbook.max_response_bytes: expected a whole number from 1024 to 1073741824 in Unknown on line 0

Warning: PHP Startup: Invalid value "11" for INI setting calbook.max_retries: expected a whole number from 0 to 10 in Unknown on line 0

Warning: PHP Startup: Invalid value "maybe" for INI setting calbook.persistent: expected On or Off in Unknown on line 0
string(5) "30000"
string(8) "16777216"
string(1) "1"
string(1) "2"
