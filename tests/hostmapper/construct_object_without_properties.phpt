--TEST--
HostMapper::__construct(): an object row without public properties (a model) is refused with a hint
--EXTENSIONS--
calbook
--FILE--
<?php
class Model { protected $attributes = ['id' => 1, 'name' => 'Anna Schmidt']; public function __get($k) { return $this->attributes[$k] ?? null; } }
try {
    new Calbook\HostMapper([new Model]);
} catch (Calbook\InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECT--
Calbook\InvalidArgumentException: staff[0].id is missing: an object row needs public properties (pass Eloquent models as ->toArray())
