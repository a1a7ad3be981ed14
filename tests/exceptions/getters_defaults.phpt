--TEST--
Exceptions: getters of a user-constructed exception return their defaults
--EXTENSIONS--
calbook
--FILE--
<?php
$t = new Calbook\TransportException('connect failed');
var_dump($t->mayHaveReachedServer(), $t->getCurlCode(), $t->getAttempts());
$a = new Calbook\ApiException('boom', 500);
var_dump($a->getStatus(), $a->getErrorCode(), $a->getDetails(), $a->getRequestId(), $a->getCode());
$r = new Calbook\RateLimitException('slow down');
var_dump($r->getRetryAfter(), $r->getStatus());
?>
--EXPECT--
bool(true)
int(0)
int(1)
int(0)
NULL
NULL
NULL
int(500)
NULL
int(0)
