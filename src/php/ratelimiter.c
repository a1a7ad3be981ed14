/* Calbook\RateLimiter: the interface of a request budget shared across processes, and the
 * client's side of it (the "rate_limiter" option): the key id, acquire() before every attempt
 * with the wait inside the call's deadline, observe() after every answer. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"

#include <time.h>

#include "core/cb_apierr.h"
#include "core/cb_validate.h"
#include "php/classes.h"
#include "php/exceptions.h"
#include "php/response.h"
#include "php/client.h"
#include "php/ratelimiter.h"
#include "php/RateLimiter_arginfo.h"

zend_class_entry *calbook_ce_rate_limiter;

void calbook_register_rate_limiter(void)
{
	calbook_ce_rate_limiter = register_class_Calbook_RateLimiter();
}

void calbook_rl_key_id(zend_string *api_key, char out[CB_KEY_ID_LEN + 1])
{
	static const char hex[] = "0123456789abcdef";
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	int i;

	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) ZSTR_VAL(api_key), ZSTR_LEN(api_key));
	PHP_SHA256Final(digest, &ctx);
	for (i = 0; i < CB_KEY_ID_LEN / 2; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 15];
	}
	out[CB_KEY_ID_LEN] = '\0';
	ZEND_SECURE_ZERO(&ctx, sizeof(ctx));
	ZEND_SECURE_ZERO(digest, sizeof(digest));
}

zend_result calbook_rl_priority_parse(zval *v, cb_priority *out, const char *what)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_NULL) {
		*out = CB_PRIO_DEFAULT;
	} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "live")) {
		*out = CB_PRIO_LIVE;
	} else if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "batch")) {
		*out = CB_PRIO_BATCH;
	} else {
		calbook_throw(calbook_ce_invalid_argument, "%s must be \"live\" (Calbook\\RateLimiter::LIVE), \"batch\" (Calbook\\RateLimiter::BATCH) or null, %s given",
			what, Z_TYPE_P(v) == IS_STRING ? "another string" : zend_zval_type_name(v));
		return FAILURE;
	}
	return SUCCESS;
}

const char *calbook_rl_priority(const calbook_client *c, const cb_req *r)
{
	cb_priority p = r->priority != CB_PRIO_DEFAULT ? r->priority
		: c->priority != CB_PRIO_DEFAULT ? c->priority
		: r->batch ? CB_PRIO_BATCH : CB_PRIO_LIVE;
	return p == CB_PRIO_BATCH ? "batch" : "live";
}

/* Calls one of the limiter's methods; the limiter is held for the call (code it runs cannot
 * free it under us). */
static void rl_call(calbook_client *c, const char *name, size_t name_len, uint32_t argc, zval *args, zval *retval)
{
	zval limiter;
	zend_function *fn;

	ZVAL_UNDEF(retval);
	ZVAL_COPY(&limiter, &c->rate_limiter);
	fn = zend_hash_str_find_ptr(&Z_OBJCE(limiter)->function_table, name, name_len);
	if (fn) {
		zend_call_known_instance_method(fn, Z_OBJ(limiter), retval, argc, args);
	} else {
		zend_throw_error(NULL, "%s has no method %s()", ZSTR_VAL(Z_OBJCE(limiter)->name), name);
	}
	zval_ptr_dtor(&limiter);
}

zend_long calbook_rl_try(calbook_client *c, cb_req *r)
{
	zval args[3], retval;
	zend_long wait;

	ZVAL_STRINGL(&args[0], c->key_id, CB_KEY_ID_LEN);
	ZVAL_LONG(&args[1], 1);
	ZVAL_STRING(&args[2], calbook_rl_priority(c, r));
	rl_call(c, "acquire", sizeof("acquire") - 1, 3, args, &retval);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[2]);
	if (EG(exception)) {
		zval_ptr_dtor(&retval);
		return -1;
	}
	if (Z_TYPE(retval) != IS_LONG || Z_LVAL(retval) < 0) {
		if (Z_TYPE(retval) == IS_LONG) {
			calbook_throw(calbook_ce_runtime, "%s: %s::acquire() returned " ZEND_LONG_FMT ": it must return 0 (granted) or the milliseconds to wait; nothing was sent",
				r->fn, ZSTR_VAL(Z_OBJCE(c->rate_limiter)->name), Z_LVAL(retval));
		} else {
			calbook_throw(calbook_ce_runtime, "%s: %s::acquire() returned %s: it must return 0 (granted) or the milliseconds to wait; nothing was sent",
				r->fn, ZSTR_VAL(Z_OBJCE(c->rate_limiter)->name), zend_zval_type_name(&retval));
		}
		zval_ptr_dtor(&retval);
		return -1;
	}
	wait = Z_LVAL(retval);
	return wait;
}

void calbook_rl_throw_exhausted(calbook_client *c, cb_req *r, zend_long wait_ms)
{
	zend_string *msg = zend_strpprintf(0,
		"%s: %s %s was not sent: the shared rate-limit budget is exhausted (the rate limiter asks to wait " ZEND_LONG_FMT " ms, past timeout_ms)",
		r->fn, r->method, calbook_req_log_path(c, r), wait_ms);
	zend_long retry_after = wait_ms / 1000 + (wait_ms % 1000 ? 1 : 0);

	calbook_throw_api(429, NULL, ZSTR_VAL(msg), NULL, NULL, retry_after);
	zend_string_release(msg);
}

zend_result calbook_rl_acquire(calbook_client *c, cb_req *r)
{
	if (Z_TYPE(c->rate_limiter) == IS_UNDEF) {
		return SUCCESS;
	}
	for (;;) {
		zend_long wait = calbook_rl_try(c, r), now;
		zval ctx;

		if (wait <= 0) {
			return wait == 0 ? SUCCESS : FAILURE;
		}
		now = calbook_mono_ms();
		/* timeout_ms bounds the whole call: a wait that would pass it ends the call now. */
		if (wait >= r->deadline_ms - now) {
			calbook_rl_throw_exhausted(c, r, wait);
			return FAILURE;
		}
		if (Z_TYPE(c->logger) != IS_UNDEF) {
			array_init_size(&ctx, 4);
			add_assoc_string(&ctx, "method", (char *) r->method);
			add_assoc_string(&ctx, "path", (char *) calbook_req_log_path(c, r));
			add_assoc_long(&ctx, "wait_ms", wait);
			add_assoc_string(&ctx, "priority", (char *) calbook_rl_priority(c, r));
			if (calbook_client_log_simple(c, "info", &ctx, "calbook: %s %s waits " ZEND_LONG_FMT " ms for the shared rate-limit budget",
					r->method, calbook_req_log_path(c, r), wait) != SUCCESS) {
				zval_ptr_dtor(&ctx);
				return FAILURE;
			}
			zval_ptr_dtor(&ctx);
		}
		calbook_sleep_ms((long) wait);
		c->st_rl_wait_ms += wait;
		/* The attempt gets what is left of the deadline, not all of timeout_ms. */
		r->deadline_fresh = false;
	}
}

/* One X-RateLimit-*-Default value: a non-negative int, or null. */
static void rl_header(zval *headers, const char *name, size_t len, bool reset, time_t now, zval *out)
{
	zend_string *v = calbook_headers_first(headers, name, len);
	long long n;

	ZVAL_NULL(out);
	if (!v) {
		return;
	}
	if (reset) {
		long s = cb_ratelimit_reset_seconds(ZSTR_VAL(v), ZSTR_LEN(v), now);
		if (s >= 0) {
			ZVAL_LONG(out, s);
		}
	} else if (cb_decimal_int(ZSTR_VAL(v), ZSTR_LEN(v), &n) && n >= 0 && n <= ZEND_LONG_MAX) {
		ZVAL_LONG(out, (zend_long) n);
	}
}

zend_result calbook_rl_observe(calbook_client *c, cb_req *r, long status, zval *headers)
{
	zval args[6], retval;
	time_t now = time(NULL);
	int i;

	if (Z_TYPE(c->rate_limiter) == IS_UNDEF) {
		return SUCCESS;
	}
	ZVAL_STRINGL(&args[0], c->key_id, CB_KEY_ID_LEN);
	ZVAL_STRING(&args[1], calbook_rl_priority(c, r));
	ZVAL_LONG(&args[2], status);
	rl_header(headers, ZEND_STRL("x-ratelimit-limit-default"), false, now, &args[3]);
	rl_header(headers, ZEND_STRL("x-ratelimit-remaining-default"), false, now, &args[4]);
	rl_header(headers, ZEND_STRL("x-ratelimit-reset-default"), true, now, &args[5]);
	rl_call(c, "observe", sizeof("observe") - 1, 6, args, &retval);
	zval_ptr_dtor(&retval);
	for (i = 0; i < 6; i++) {
		zval_ptr_dtor(&args[i]);
	}
	/* Never changes the outcome of a call: a booking made is never hidden behind it. */
	if (EG(exception)) {
		if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) {
			return FAILURE;
		}
		zend_clear_exception();
		c->st_rl_errors++;
	}
	return SUCCESS;
}
