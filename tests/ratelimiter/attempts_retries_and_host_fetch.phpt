--TEST--
RateLimiter: acquire(keyId, 1, priority) before every attempt (retries and the host GET after a create included), observe() after every answer with its status
--EXTENSIONS--
calbook
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0], 'create_without_hosts' => true]);
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l, 'max_retries' => 3]);

// Two 503s, then the answer: three attempts, three acquires, three observes.
$emu->config(['faults' => [['match' => 'GET /v2/bookings/zz', 'count' => 2, 'type' => 'status', 'status' => 503]]]);
$r = $c->getBooking('zz');
echo $r->status(), ' retries=', $c->stats()['retries'], "\n";
echo implode("\n", $l->summary()), "\n";
echo implode("\n", rlt_seen($emu)), "\n";

// A create without hosts: the POST and the host GET each acquire and observe.
$emu->reset();
$emu->config(['faults' => []]);
$l->calls = [];
$r = $c->createBooking(cbt_flat());
echo "--\n", $r->status(), ' host=', $r->json('data.hosts.0.name'), "\n";
echo implode("\n", $l->summary()), "\n";
echo implode("\n", array_map(fn ($s) => preg_replace('~/bookings/[A-Za-z0-9_-]+~', '/bookings/{uid}', $s), rlt_seen($emu))), "\n";
?>
--EXPECT--
404 retries=2
acquire live cost=1
observe live 503 null null null
acquire live cost=1
observe live 503 null null null
acquire live cost=1
observe live 404 null null null
GET /v2/bookings/zz 503
GET /v2/bookings/zz 503
GET /v2/bookings/zz 404
--
200 host=Fabian Spitzer
acquire live cost=1
observe live 201 null null null
acquire live cost=1
observe live 200 null null null
POST /v2/bookings 201
GET /v2/bookings/{uid} 200
