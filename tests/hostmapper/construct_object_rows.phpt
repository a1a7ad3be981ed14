--TEST--
HostMapper::__construct(): staff and mapping rows may be objects with public properties
--EXTENSIONS--
calbook
--FILE--
<?php
$row = new stdClass; $row->id = 11; $row->first_name = 'Jürgen'; $row->last_name = 'Müller'; $row->email = 'juergen@salon-demo.test';
class StaffRow { public $id = 12; public $name = 'Anna Schmidt'; public $email = 'anna@salon-demo.test'; protected $calcom_user_id = 999; }
$map = (object)['calcom_host_id' => 500, 'staff_id' => 12];
$m = new Calbook\HostMapper([$row, new StaffRow], [$map]);
var_dump($m->resolve(['name' => 'Juergen Mueller'])['staff_id']);
var_dump($m->resolve(['id' => 500])['staff_id']);
var_dump($m->resolve(['id' => 999]));
?>
--EXPECT--
int(11)
int(12)
NULL
