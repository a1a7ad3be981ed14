--TEST--
Response: throw() returns the same response when successful; var_dump shows status, headers, body
--EXTENSIONS--
calbook
--FILE--
<?php
$r = new Calbook\Response(200, '{"status":"success","data":[]}', ['X-Request-Id' => 'r1']);
var_dump($r->throw() === $r);
var_dump($r);
try { clone $r; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { serialize($r); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $r->dynamic = 1; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
?>
--EXPECTF--
bool(true)
object(Calbook\Response)#%d (3) {
  ["status"]=>
  int(200)
  ["headers"]=>
  array(1) {
    ["x-request-id"]=>
    array(1) {
      [0]=>
      string(2) "r1"
    }
  }
  ["body"]=>
  string(30) "{"status":"success","data":[]}"
}
Error: Trying to clone an uncloneable object of class Calbook\Response
Exception: Serialization of 'Calbook\Response' is not allowed
Error: Cannot create dynamic property Calbook\Response::$dynamic
