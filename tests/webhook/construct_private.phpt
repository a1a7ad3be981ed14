--TEST--
Webhook: cannot be instantiated
--EXTENSIONS--
calbook
--FILE--
<?php
try { new Calbook\Webhook(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECT--
Error: Call to private Calbook\Webhook::__construct() from global scope
