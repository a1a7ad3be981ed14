/* The client's side of Calbook\RateLimiter (the "rate_limiter" option): the key id, acquire()
 * before every attempt with the wait inside the call's deadline, observe() after every answer. */
#ifndef CALBOOK_PHP_RATELIMITER_H
#define CALBOOK_PHP_RATELIMITER_H

#include "php.h"
#include "php/client.h"

/* keyId: the first 32 lowercase hex characters of SHA-256(api key), NUL-terminated. */
void calbook_rl_key_id(zend_string *api_key, char out[CB_KEY_ID_LEN + 1]);

/* Reads 'live', 'batch' or null (CB_PRIO_DEFAULT) into *out; else throws
 * InvalidArgumentException naming `what` ("Calbook\\Client::request(): option \"priority\""). */
zend_result calbook_rl_priority_parse(zval *v, cb_priority *out, const char *what);

/* The priority a request goes with: request()'s option, else the client's, else the method's. */
const char *calbook_rl_priority(const calbook_client *c, const cb_req *r);

/* One acquire(keyId, 1, priority), no wait: 0 granted, N > 0 milliseconds to wait, -1 with an
 * exception pending (acquire() threw, or answered something other than an int >= 0). */
zend_long calbook_rl_try(calbook_client *c, cb_req *r);

/* Throws the RateLimitException of a request that cannot get the shared budget before its
 * deadline (nothing was sent); getRetryAfter() is ceil(wait_ms / 1000). */
void calbook_rl_throw_exhausted(calbook_client *c, cb_req *r, zend_long wait_ms);

/* Before an attempt of the single path: acquire() until granted, waiting as told within the
 * call's deadline. SUCCESS without a limiter. FAILURE with an exception pending: acquire()'s
 * own, or RateLimitException when the wait would pass the deadline (nothing sent). */
zend_result calbook_rl_acquire(calbook_client *c, cb_req *r);

/* After an answer: observe() with the X-RateLimit-*-Default values of `headers` (parsed
 * headers, see response.h). An exception it throws is discarded and counted in
 * stats()['rate_limiter_errors']; FAILURE only when it ended the script (exit() stays pending). */
zend_result calbook_rl_observe(calbook_client *c, cb_req *r, long status, zval *headers);

#endif
