/* Calbook\Client: the object (create, free, gc, debug_info that shows the key as "***"), the
 * constructor and its options, logging, stats(). The layout of the client is in client.h. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_closures.h"
#include "zend_exceptions.h"

#include <curl/curl.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <unistd.h>

#include "php_calbook.h"
#include "core/cb_url.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/client.h"
#include "php/ratelimiter.h"
#include "php/Client_arginfo.h"

zend_class_entry *calbook_ce_client;
static zend_object_handlers client_handlers;

/* {{{ object handlers */
static zend_object *client_create(zend_class_entry *ce)
{
	calbook_client *c = zend_object_alloc(sizeof(calbook_client), ce);
	memset(c, 0, XtOffsetOf(calbook_client, std));
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &client_handlers;
	ZVAL_UNDEF(&c->logger);
	ZVAL_UNDEF(&c->rate_limiter);
	return &c->std;
}

static void client_free(zend_object *obj)
{
	calbook_client *c = calbook_client_from(obj);
	int i;

	calbook_client_release_easy(c);
	for (i = 0; i < CB_FAM_COUNT; i++) {
		if (c->headers[i]) {
			calbook_slist_free_wipe(c->headers[i]);
		}
		if (c->headers_body[i]) {
			calbook_slist_free_wipe(c->headers_body[i]);
		}
		if (c->versions[i]) {
			zend_string_release(c->versions[i]);
		}
	}
	if (c->base_url) zend_string_release(c->base_url);
	if (c->base_path) zend_string_release(c->base_path);
	if (c->pool_key) zend_string_release(c->pool_key);
	if (c->user_agent) zend_string_release(c->user_agent);
	if (c->ca_file) zend_string_release(c->ca_file);
	zval_ptr_dtor(&c->logger);
	zval_ptr_dtor(&c->rate_limiter);
	calbook_xfer_free(&c->x);
	zend_object_std_dtor(obj);
}

static HashTable *client_get_gc(zend_object *obj, zval **table, int *n)
{
	calbook_client *c = calbook_client_from(obj);
	zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

	/* The logger and the rate limiter may hold the client (a cycle the collector must see). */
	zend_get_gc_buffer_add_zval(buf, &c->logger);
	zend_get_gc_buffer_add_zval(buf, &c->rate_limiter);
	zend_get_gc_buffer_use(buf, table, n);
	return zend_std_get_properties(obj);
}

static HashTable *client_debug_info(zend_object *obj, int *is_temp)
{
	calbook_client *c = calbook_client_from(obj);
	HashTable *ht = zend_new_array(12);
	zval tmp, versions;
	int i;

	*is_temp = 1;
	ZVAL_STRING(&tmp, "***");
	zend_hash_str_update(ht, "apiKey", sizeof("apiKey") - 1, &tmp);
	if (!c->ready) {
		return ht;
	}
	ZVAL_STR_COPY(&tmp, c->base_url);
	zend_hash_str_update(ht, "base_url", sizeof("base_url") - 1, &tmp);
	if (c->team_id) {
		ZVAL_LONG(&tmp, c->team_id);
	} else {
		ZVAL_NULL(&tmp);
	}
	zend_hash_str_update(ht, "team_id", sizeof("team_id") - 1, &tmp);
	ZVAL_LONG(&tmp, c->timeout_ms);
	zend_hash_str_update(ht, "timeout_ms", sizeof("timeout_ms") - 1, &tmp);
	ZVAL_LONG(&tmp, c->connect_timeout_ms);
	zend_hash_str_update(ht, "connect_timeout_ms", sizeof("connect_timeout_ms") - 1, &tmp);
	ZVAL_LONG(&tmp, c->max_retries);
	zend_hash_str_update(ht, "max_retries", sizeof("max_retries") - 1, &tmp);
	ZVAL_LONG(&tmp, c->max_response_bytes);
	zend_hash_str_update(ht, "max_response_bytes", sizeof("max_response_bytes") - 1, &tmp);
	array_init(&versions);
	for (i = 0; i < CB_FAM_COUNT - 1; i++) {
		if (c->versions[i]) {
			add_assoc_str(&versions, cb_family_names[i], zend_string_copy(c->versions[i]));
		} else {
			add_assoc_null(&versions, cb_family_names[i]);
		}
	}
	zend_hash_str_update(ht, "api_versions", sizeof("api_versions") - 1, &versions);
	ZVAL_STR_COPY(&tmp, c->user_agent);
	zend_hash_str_update(ht, "user_agent", sizeof("user_agent") - 1, &tmp);
	if (c->ca_file) {
		ZVAL_STR_COPY(&tmp, c->ca_file);
	} else {
		ZVAL_NULL(&tmp);
	}
	zend_hash_str_update(ht, "ca_file", sizeof("ca_file") - 1, &tmp);
	ZVAL_BOOL(&tmp, Z_TYPE(c->logger) != IS_UNDEF);
	zend_hash_str_update(ht, "logger", sizeof("logger") - 1, &tmp);
	ZVAL_BOOL(&tmp, c->persistent);
	zend_hash_str_update(ht, "persistent", sizeof("persistent") - 1, &tmp);
	ZVAL_BOOL(&tmp, Z_TYPE(c->rate_limiter) != IS_UNDEF);
	zend_hash_str_update(ht, "rate_limiter", sizeof("rate_limiter") - 1, &tmp);
	if (c->priority == CB_PRIO_DEFAULT) {
		ZVAL_NULL(&tmp);
	} else {
		ZVAL_STRING(&tmp, c->priority == CB_PRIO_BATCH ? "batch" : "live");
	}
	zend_hash_str_update(ht, "priority", sizeof("priority") - 1, &tmp);
	return ht;
}
/* }}} */

/* {{{ logging */
/* Calls the logger. Logging never changes the outcome of a call: an exception the logger
 * throws is discarded and counted in stats()['logger_errors'] (so a created booking is never
 * hidden behind a logging failure). Returns FAILURE only when the logger ended the script
 * (exit() inside the logger): that stays pending. */
zend_result calbook_client_log(calbook_client *c, const char *level, zend_string *message, zval *context)
{
	zval args[3], retval, fname;
	zend_result rc;

	if (Z_TYPE(c->logger) == IS_UNDEF) {
		return SUCCESS;
	}
	ZVAL_STRING(&args[0], level);
	ZVAL_STR_COPY(&args[1], message);
	ZVAL_COPY(&args[2], context);
	ZVAL_UNDEF(&retval);
	if (c->logger_is_object) {
		ZVAL_STRINGL(&fname, "log", 3);
		rc = call_user_function(NULL, &c->logger, &fname, &retval, 3, args);
		zval_ptr_dtor(&fname);
	} else {
		rc = call_user_function(NULL, NULL, &c->logger, &retval, 3, args);
	}
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
	zval_ptr_dtor(&args[1]);
	zval_ptr_dtor(&args[2]);
	if (EG(exception)) {
		if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) {
			return FAILURE;
		}
		zend_clear_exception();
		c->st_logger_errors++;
	} else if (rc != SUCCESS) {
		c->st_logger_errors++;
	}
	return SUCCESS;
}

/* A log entry with only a message and a small context. */
zend_result calbook_client_log_simple(calbook_client *c, const char *level, zval *context, const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;
	zend_result rc;
	zval empty;

	if (Z_TYPE(c->logger) == IS_UNDEF) {
		return SUCCESS;
	}
	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	if (!context) {
		array_init(&empty);
		context = &empty;
	} else {
		ZVAL_UNDEF(&empty);
	}
	rc = calbook_client_log(c, level, msg, context);
	zend_string_release(msg);
	zval_ptr_dtor(&empty);
	return rc;
}
/* }}} */

/* {{{ constructor and options */
#define FN_CTOR "Calbook\\Client::__construct()"

static zend_result opt_long(zval *v, const char *name, zend_long min, zend_long max, zend_long *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_LONG) {
		calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"%s\" must be an int from " ZEND_LONG_FMT " to " ZEND_LONG_FMT ", %s given",
			name, min, max, zend_zval_type_name(v));
		return FAILURE;
	}
	if (Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"%s\" must be from " ZEND_LONG_FMT " to " ZEND_LONG_FMT ", " ZEND_LONG_FMT " given",
			name, min, max, Z_LVAL_P(v));
		return FAILURE;
	}
	*out = Z_LVAL_P(v);
	return SUCCESS;
}


static void split_base(zend_string *base, zend_string **origin, zend_string **path)
{
	const char *s = ZSTR_VAL(base);
	const char *p = strstr(s, "://");
	const char *slash = p ? strchr(p + 3, '/') : NULL;
	if (!slash) {
		*origin = zend_string_copy(base);
		*path = ZSTR_EMPTY_ALLOC();
	} else {
		*origin = zend_string_init(s, (size_t) (slash - s), 0);
		*path = zend_string_init(slash, ZSTR_LEN(base) - (size_t) (slash - s), 0);
	}
}

ZEND_METHOD(Calbook_Client, __construct)
{
	zend_string *api_key;
	HashTable *options = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zend_string *key;
	zval *v;
	zend_string *base = NULL, *origin, *path;
	char *auth_line;
	size_t auth_len, i;
	int f;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(api_key)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();

	/* The constructor runs once per object: a second call, also one re-entered from code it
	 * runs (an autoloader the logger option triggers), would build the client twice and drop
	 * header lists holding the key without wiping them. */
	if (c->constructing) {
		zend_throw_error(NULL, "Calbook\\Client::__construct() can be called only once");
		RETURN_THROWS();
	}
	c->constructing = true;
	if (ZSTR_LEN(api_key) == 0) {
		calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": the API key must not be empty");
		RETURN_THROWS();
	}
	for (i = 0; i < ZSTR_LEN(api_key); i++) {
		unsigned char ch = (unsigned char) ZSTR_VAL(api_key)[i];
		if (ch <= 0x20 || ch >= 0x7f) {
			calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": the API key must be printable ASCII without spaces");
			RETURN_THROWS();
		}
	}
	if (ZSTR_LEN(api_key) > 4096) {
		calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": the API key is too long");
		RETURN_THROWS();
	}

	/* INI values are the defaults. */
	c->timeout_ms = CALBOOK_G(timeout_ms);
	c->connect_timeout_ms = CALBOOK_G(connect_timeout_ms);
	c->max_retries = CALBOOK_G(max_retries);
	c->max_response_bytes = CALBOOK_G(max_response_bytes);
	c->persistent = CALBOOK_G(persistent);
	c->ca_file = CALBOOK_G(ca_file) && CALBOOK_G(ca_file)[0] ? zend_string_init(CALBOOK_G(ca_file), strlen(CALBOOK_G(ca_file)), 0) : NULL;
	c->user_agent = zend_string_init("calbook/" PHP_CALBOOK_VERSION, sizeof("calbook/" PHP_CALBOOK_VERSION) - 1, 0);
	for (f = 0; f < CB_FAM_COUNT; f++) {
		c->versions[f] = cb_family_default_version[f] ? zend_string_init(cb_family_default_version[f], strlen(cb_family_default_version[f]), 0) : NULL;
	}

	if (options) {
		ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
			ZVAL_DEREF(v);
			if (!key) {
				calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": options must be keyed by option name");
				goto fail;
			}
			if (zend_string_equals_literal(key, "base_url")) {
				int rc;
				if (Z_TYPE_P(v) != IS_STRING) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"base_url\" must be a string, %s given", zend_zval_type_name(v));
					goto fail;
				}
				rc = cb_base_url_check(Z_STRVAL_P(v), Z_STRLEN_P(v));
				if (rc == CB_URL_E_INSECURE) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"base_url\" must use https:// (plain http:// is allowed only to a loopback host: 127.0.0.0/8, [::1], localhost)");
					goto fail;
				}
				if (rc != CB_URL_OK) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"base_url\" must be an absolute http(s) URL without user info, query or fragment, such as https://api.cal.com/v2");
					goto fail;
				}
				if (base) zend_string_release(base);
				base = zend_string_copy(Z_STR_P(v));
			} else if (zend_string_equals_literal(key, "team_id")) {
				if (Z_TYPE_P(v) == IS_NULL) {
					c->team_id = 0;
				} else if (opt_long(v, "team_id", 1, ZEND_LONG_MAX, &c->team_id) != SUCCESS) {
					goto fail;
				}
			} else if (zend_string_equals_literal(key, "timeout_ms")) {
				if (opt_long(v, "timeout_ms", 1, 600000, &c->timeout_ms) != SUCCESS) goto fail;
			} else if (zend_string_equals_literal(key, "connect_timeout_ms")) {
				if (opt_long(v, "connect_timeout_ms", 1, 120000, &c->connect_timeout_ms) != SUCCESS) goto fail;
			} else if (zend_string_equals_literal(key, "max_retries")) {
				if (opt_long(v, "max_retries", 0, 10, &c->max_retries) != SUCCESS) goto fail;
			} else if (zend_string_equals_literal(key, "max_response_bytes")) {
				if (opt_long(v, "max_response_bytes", 1024, 1073741824, &c->max_response_bytes) != SUCCESS) goto fail;
			} else if (zend_string_equals_literal(key, "api_versions")) {
				zend_string *fam;
				zval *ver;
				if (Z_TYPE_P(v) != IS_ARRAY) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"api_versions\" must be an array (family => version), %s given", zend_zval_type_name(v));
					goto fail;
				}
				ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), fam, ver) {
					int found = -1;
					ZVAL_DEREF(ver);
					for (f = 0; fam && f < CB_FAM_COUNT - 1; f++) {
						if (zend_string_equals_cstr(fam, cb_family_names[f], strlen(cb_family_names[f]))) {
							found = f;
						}
					}
					if (found < 0) {
						calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"api_versions\" has an unknown family%s%s%s (known: bookings, slots, event_types, schedules, teams, webhooks, memberships)",
							fam ? " \"" : "", fam ? ZSTR_VAL(fam) : "", fam ? "\"" : "");
						goto fail;
					}
					if (Z_TYPE_P(ver) == IS_NULL) {
						if (c->versions[found]) zend_string_release(c->versions[found]);
						c->versions[found] = NULL;
					} else if (Z_TYPE_P(ver) == IS_STRING && calbook_version_valid(Z_STR_P(ver))) {
						if (c->versions[found]) zend_string_release(c->versions[found]);
						c->versions[found] = zend_string_copy(Z_STR_P(ver));
					} else {
						calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"api_versions\" entry \"%s\" must be a version such as \"2024-08-13\", or null for none", cb_family_names[found]);
						goto fail;
					}
				} ZEND_HASH_FOREACH_END();
			} else if (zend_string_equals_literal(key, "user_agent")) {
				if (Z_TYPE_P(v) != IS_STRING || !calbook_header_text_valid(Z_STR_P(v), 256)) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"user_agent\" must be a non-empty string of at most 256 printable characters");
					goto fail;
				}
				zend_string_release(c->user_agent);
				c->user_agent = zend_string_copy(Z_STR_P(v));
			} else if (zend_string_equals_literal(key, "ca_file")) {
				zend_stat_t st;
				if (Z_TYPE_P(v) == IS_NULL) {
					if (c->ca_file) zend_string_release(c->ca_file);
					c->ca_file = NULL;
					continue;
				}
				if (Z_TYPE_P(v) != IS_STRING) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"ca_file\" must be a string, %s given", zend_zval_type_name(v));
					goto fail;
				}
				/* open_basedir first, as ext/curl does: outside it nothing about the file (does it
				 * exist, can it be read) may show in the answer. */
				if (Z_STRLEN_P(v) == 0 || strlen(Z_STRVAL_P(v)) != Z_STRLEN_P(v)
						|| php_check_open_basedir_ex(Z_STRVAL_P(v), 0) != 0
						|| VCWD_STAT(Z_STRVAL_P(v), &st) != 0 || !S_ISREG(st.st_mode) || access(Z_STRVAL_P(v), R_OK) != 0) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"ca_file\" must name a readable file%s",
						PG(open_basedir) && *PG(open_basedir) ? " within open_basedir" : "");
					goto fail;
				}
				if (c->ca_file) zend_string_release(c->ca_file);
				c->ca_file = zend_string_copy(Z_STR_P(v));
			} else if (zend_string_equals_literal(key, "logger")) {
				zval_ptr_dtor(&c->logger);
				ZVAL_UNDEF(&c->logger);
				if (Z_TYPE_P(v) == IS_NULL) {
					continue;
				}
				if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) != zend_ce_closure
						&& zend_hash_str_exists(&Z_OBJCE_P(v)->function_table, "log", 3)) {
					c->logger_is_object = true;
				} else if (zend_is_callable(v, 0, NULL)) {
					c->logger_is_object = false;
				} else if (EG(exception)) {
					goto fail; /* an autoloader threw */
				} else {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"logger\" must be a Psr\\Log\\LoggerInterface (an object with log()) or a callable, %s given", zend_zval_type_name(v));
					goto fail;
				}
				ZVAL_COPY(&c->logger, v);
			} else if (zend_string_equals_literal(key, "persistent")) {
				if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"persistent\" must be a bool, %s given", zend_zval_type_name(v));
					goto fail;
				}
				c->persistent = Z_TYPE_P(v) == IS_TRUE;
			} else if (zend_string_equals_literal(key, "rate_limiter")) {
				zval_ptr_dtor(&c->rate_limiter);
				ZVAL_UNDEF(&c->rate_limiter);
				if (Z_TYPE_P(v) == IS_NULL) {
					continue;
				}
				if (Z_TYPE_P(v) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(v), calbook_ce_rate_limiter)) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"rate_limiter\" must be an object implementing Calbook\\RateLimiter, or null, %s given",
						Z_TYPE_P(v) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(v)->name) : zend_zval_type_name(v));
					goto fail;
				}
				ZVAL_COPY(&c->rate_limiter, v);
			} else if (zend_string_equals_literal(key, "priority")) {
				if (calbook_rl_priority_parse(v, &c->priority, FN_CTOR ": option \"priority\"") != SUCCESS) {
					goto fail;
				}
			} else {
				calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": unknown option \"%s\" (known: base_url, team_id, timeout_ms, connect_timeout_ms, max_retries, api_versions, user_agent, ca_file, max_response_bytes, logger, persistent, rate_limiter, priority)", ZSTR_VAL(key));
				goto fail;
			}
		} ZEND_HASH_FOREACH_END();
	}

	if (!base) {
		base = zend_string_init("https://api.cal.com/v2", sizeof("https://api.cal.com/v2") - 1, 0);
	}
	{
		size_t n = ZSTR_LEN(base);
		while (n > 0 && ZSTR_VAL(base)[n - 1] == '/') n--;
		c->base_url = zend_string_init(ZSTR_VAL(base), n, 0);
		zend_string_release(base);
		base = NULL;
	}
	c->tls = ZSTR_LEN(c->base_url) >= 8 && strncasecmp(ZSTR_VAL(c->base_url), "https://", 8) == 0;
	split_base(c->base_url, &origin, &path);
	c->base_path = path;
	c->pool_key = zend_strpprintf(0, "%s|%s", ZSTR_VAL(origin), c->ca_file ? ZSTR_VAL(c->ca_file) : "");
	zend_string_release(origin);

	/* The key lives only in the Authorization header lines. */
	auth_len = sizeof("Authorization: Bearer ") - 1 + ZSTR_LEN(api_key);
	auth_line = emalloc(auth_len + 1);
	memcpy(auth_line, "Authorization: Bearer ", sizeof("Authorization: Bearer ") - 1);
	memcpy(auth_line + sizeof("Authorization: Bearer ") - 1, ZSTR_VAL(api_key), ZSTR_LEN(api_key));
	auth_line[auth_len] = '\0';
	for (f = 0; f < CB_FAM_COUNT; f++) {
		c->headers[f] = calbook_headers_build(auth_line, ZSTR_VAL(c->user_agent), c->versions[f] ? ZSTR_VAL(c->versions[f]) : NULL, false);
		c->headers_body[f] = calbook_headers_build(auth_line, ZSTR_VAL(c->user_agent), c->versions[f] ? ZSTR_VAL(c->versions[f]) : NULL, true);
		if (!c->headers[f] || !c->headers_body[f]) {
			ZEND_SECURE_ZERO(auth_line, auth_len);
			efree(auth_line);
			zend_throw_error(NULL, "calbook: out of memory");
			RETURN_THROWS();
		}
	}
	ZEND_SECURE_ZERO(auth_line, auth_len);
	efree(auth_line);
	if (Z_TYPE(c->rate_limiter) != IS_UNDEF) {
		calbook_rl_key_id(api_key, c->key_id);
	}
	c->pid = getpid();
	c->ready = true;
	return;

fail:
	if (base) zend_string_release(base);
	RETURN_THROWS();
}
/* }}} */

ZEND_METHOD(Calbook_Client, stats)
{
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 9);
	add_assoc_long(return_value, "requests", c->st_requests);
	add_assoc_long(return_value, "retries", c->st_retries);
	add_assoc_long(return_value, "connections_opened", c->st_opened);
	add_assoc_long(return_value, "connections_reused", c->st_reused);
	add_assoc_long(return_value, "bytes_sent", c->st_sent);
	add_assoc_long(return_value, "bytes_received", c->st_received);
	add_assoc_long(return_value, "logger_errors", c->st_logger_errors);
	add_assoc_long(return_value, "rate_limiter_errors", c->st_rl_errors);
	add_assoc_long(return_value, "rate_limiter_wait_ms", c->st_rl_wait_ms);
}


void calbook_register_client(void)
{
	calbook_ce_client = register_class_Calbook_Client();
	calbook_ce_client->create_object = client_create;
	memcpy(&client_handlers, &std_object_handlers, sizeof(zend_object_handlers));
	client_handlers.offset = XtOffsetOf(calbook_client, std);
	client_handlers.free_obj = client_free;
	client_handlers.get_gc = client_get_gc;
	client_handlers.get_debug_info = client_debug_info;
	client_handlers.clone_obj = NULL;
	client_handlers.compare = zend_objects_not_comparable;
}
