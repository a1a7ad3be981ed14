--TEST--
HostMapper::__construct(): options of the wrong type or range are refused by name
--EXTENSIONS--
calbook
--FILE--
<?php
function attempt(...$args) {
    try { new Calbook\HostMapper(...$args); echo "ok\n"; }
    catch (Calbook\InvalidArgumentException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
attempt([], [], ['auto_threshold' => '75']);
attempt([], [], ['auto_threshold' => 101]);
attempt([], [], ['email_confidence' => -1]);
attempt([], [], ['name_confidence' => 7.5]);
attempt([], [], ['use_email' => 1]);
attempt([], [], ['use_name' => 'false']);
attempt([], [], ['company_id' => ['x']]);
attempt([], [], ['auto_threshold' => 0, 'mapping_confidence' => 100, 'calcom_user_id_confidence' => 100, 'email_confidence' => 95, 'name_confidence' => 75, 'name_partial_confidence' => 70, 'use_mappings' => true, 'use_calcom_user_id' => true, 'use_email' => true, 'use_name' => true, 'company_id' => 'acme']);
?>
--EXPECT--
Calbook\InvalidArgumentException: options['auto_threshold'] must be an int from 0 to 100, string given
Calbook\InvalidArgumentException: options['auto_threshold'] must be an int from 0 to 100, 101 given
Calbook\InvalidArgumentException: options['email_confidence'] must be an int from 0 to 100, -1 given
Calbook\InvalidArgumentException: options['name_confidence'] must be an int from 0 to 100, float given
Calbook\InvalidArgumentException: options['use_email'] must be a bool, int given
Calbook\InvalidArgumentException: options['use_name'] must be a bool, string given
Calbook\InvalidArgumentException: options['company_id'] must be an int, a string or null, array given
ok
