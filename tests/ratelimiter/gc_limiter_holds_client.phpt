--TEST--
RateLimiter: a limiter referenced only by the client lives as long as the client; a limiter that holds the client (a cycle) is collected by gc_collect_cycles(); a limiter that calls the client from observe() works
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start(['rate_limit' => ['limit' => 0]]);

class OwnedLimiter extends RecordingLimiter
{
    public ?Calbook\Client $client = null;
    public int $nested = 0;
    public function __construct(public string $name) {}
    public function __destruct() { echo "{$this->name} destroyed\n"; }
    public function observe(string $keyId, string $priority, int $status, ?int $limit, ?int $remaining, ?int $resetSeconds): void
    {
        parent::observe($keyId, $priority, $status, $limit, $remaining, $resetSeconds);
        // Calls the client that is calling it (once).
        if ($this->client && $this->nested++ === 0) {
            echo 'nested call: ', $this->client->getBooking('inner')->status(), "\n";
        }
    }
}

// Only the client holds it.
$c = cbt_client($emu, ['rate_limiter' => new OwnedLimiter('owned')]);
echo $c->getBooking('a')->status(), "\n";
unset($c);
echo "after unset\n";

// A cycle: limiter -> client -> limiter.
$l = new OwnedLimiter('cycle');
$c = cbt_client($emu, ['rate_limiter' => $l]);
$l->client = $c;
$r = $c->getBooking('outer');
echo 'outer: ', $r->status(), ' ', $r->body() !== '' ? 'body kept' : 'body lost', "\n";
echo implode(' ', array_map(fn ($c) => $c[0] . ':' . ($c[0] === 'observe' ? $c[3] : ''), $l->calls)), "\n";
echo implode(' ', array_map(fn ($q) => basename($q['path']), $emu->stats()['requests'])), "\n";
unset($c, $l, $r);
echo "before collect\n";
var_dump(gc_collect_cycles() >= 2);
echo "end\n";
?>
--EXPECT--
404
owned destroyed
after unset
nested call: 404
outer: 404 body kept
acquire: observe:404 acquire: observe:404
a outer inner
before collect
cycle destroyed
bool(true)
end
