--TEST--
Module: INI values set at run time are validated; ca_file is system-level only
--EXTENSIONS--
calbook
--FILE--
<?php
var_dump(ini_set('calbook.timeout_ms', '2500'), ini_get('calbook.timeout_ms'));
var_dump(@ini_set('calbook.timeout_ms', '0'), ini_get('calbook.timeout_ms'));
var_dump(ini_set('calbook.connect_timeout_ms', 'x'));
var_dump(ini_set('calbook.persistent', 'off'), ini_get('calbook.persistent'));
var_dump(ini_set('calbook.ca_file', '/etc/hostname'));
?>
--EXPECTF--
string(5) "30000"
string(4) "2500"
bool(false)
string(4) "2500"

Warning: ini_set(): Invalid value "x" for INI setting calbook.connect_timeout_ms: expected a whole number from 1 to 120000 in %s on line %d
bool(false)
string(1) "1"
string(3) "off"
bool(false)
