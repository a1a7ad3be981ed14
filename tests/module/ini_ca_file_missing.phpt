--TEST--
Module: calbook.ca_file naming a file that does not exist is refused at startup
--EXTENSIONS--
calbook
--INI--
calbook.ca_file=/nonexistent/calbook-ca.pem
--FILE--
<?php
var_dump(ini_get('calbook.ca_file'));
?>
--EXPECT--
Warning: PHP Startup: Invalid value for INI setting calbook.ca_file: "/nonexistent/calbook-ca.pem" is not a readable file in Unknown on line 0
string(0) ""
