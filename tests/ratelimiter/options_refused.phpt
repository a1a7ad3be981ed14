--TEST--
RateLimiter: bad "rate_limiter" and "priority" options (constructor and request()) are refused with InvalidArgumentException before anything is sent
--EXTENSIONS--
calbook
--FILE--
<?php
require __DIR__ . '/lib/rl.inc';
$emu = calbook_emulator_start();
$bad = [
    ['rate_limiter' => new stdClass],
    ['rate_limiter' => 'redis'],
    ['rate_limiter' => fn () => 0],
    ['rate_limiter' => [new RecordingLimiter, 'acquire']],
    ['priority' => 'urgent'],
    ['priority' => 'LIVE'],
    ['priority' => 1],
    ['priority' => true],
    ['rate_limit' => new RecordingLimiter],
];
foreach ($bad as $opts) {
    echo cbt_catch(fn () => cbt_client($emu, $opts)), "\n";
}
// null means none / the method's default.
$c = cbt_client($emu, ['rate_limiter' => null, 'priority' => null]);
echo $c->getBooking('x1')->status(), "\n";
$l = new RecordingLimiter;
$c = cbt_client($emu, ['rate_limiter' => $l]);
echo cbt_catch(fn () => $c->request('GET', '/me', ['priority' => 'high'])), "\n";
echo cbt_catch(fn () => $c->request('GET', '/me', ['priority' => 2])), "\n";
echo cbt_catch(fn () => $c->request('GET', '/me', ['prio' => 'live'])), "\n";
var_dump(count($emu->stats()['requests']), count($l->calls));
?>
--EXPECT--
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "rate_limiter" must be an object implementing Calbook\RateLimiter, or null, stdClass given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "rate_limiter" must be an object implementing Calbook\RateLimiter, or null, string given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "rate_limiter" must be an object implementing Calbook\RateLimiter, or null, Closure given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "rate_limiter" must be an object implementing Calbook\RateLimiter, or null, array given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, another string given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, another string given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, int given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, bool given
Calbook\InvalidArgumentException: Calbook\Client::__construct(): unknown option "rate_limit" (known: base_url, team_id, timeout_ms, connect_timeout_ms, max_retries, api_versions, user_agent, ca_file, max_response_bytes, logger, persistent, rate_limiter, priority)
404
Calbook\InvalidArgumentException: Calbook\Client::request(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, another string given
Calbook\InvalidArgumentException: Calbook\Client::request(): option "priority" must be "live" (Calbook\RateLimiter::LIVE), "batch" (Calbook\RateLimiter::BATCH) or null, int given
Calbook\InvalidArgumentException: Calbook\Client::request(): unknown field "prio" in the options (known: query, json, api_version, idempotent, priority)
int(1)
int(0)
