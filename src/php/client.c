/* Calbook\Client: the Cal.com v2 client.
 *
 * Map of this file (search for the {{{ markers):
 *   endpoint families        family -> default cal-api-version
 *   per-process pool         idle easy handles of persistent clients, fork-safe (pool_get)
 *   handles                  the client's one easy handle, header lists built once
 *   object handlers          create/free/gc/debug_info (the key shows as "***")
 *   logging                  one entry per attempt, per retry decision, per host fetch
 *   one transfer             header and body callbacks straight into PHP values
 *   the transport loop       client_execute(): attempts, retry decisions, exceptions
 *   JSON and query helpers, input validation helpers
 *   constructor and options, then one section per group of methods
 *   getBookingsByUid         curl_multi with bounded concurrency and the rate-limit budget
 * Plain-C pieces live in src/core: cb_url (URLs and path segments), cb_retry (retry policy,
 * backoff, failure classification), cb_http (handle policy, header lines, request bodies that
 * refuse a silent resend), cb_validate (UTC times, e-mail, E.164, integers). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_attributes.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "ext/standard/url.h"
#include "ext/standard/php_rand.h"
#include "ext/json/php_json.h"

#include <curl/curl.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <unistd.h>

#include "php_calbook.h"
#include "core/cb_apierr.h"
#include "core/cb_http.h"
#include "core/cb_retry.h"
#include "core/cb_url.h"
#include "core/cb_validate.h"
#include "php/exceptions.h"
#include "php/classes.h"
#include "php/response.h"
#include "php/client.h"
#include "php/Client_arginfo.h"

zend_class_entry *calbook_ce_client;
static zend_object_handlers client_handlers;

/* {{{ endpoint families and their cal-api-version */
enum {
	FAM_BOOKINGS = 0,
	FAM_SLOTS,
	FAM_EVENT_TYPES,
	FAM_SCHEDULES,
	FAM_TEAMS,
	FAM_WEBHOOKS,
	FAM_MEMBERSHIPS,
	FAM_OTHER,
	FAM_COUNT
};

static const char *const family_names[FAM_COUNT] = {
	"bookings", "slots", "event_types", "schedules", "teams", "webhooks", "memberships", "other"
};
static const char *const family_default_version[FAM_COUNT] = {
	"2024-08-13", "2024-09-04", "2024-06-14", "2024-06-11", NULL, NULL, NULL, NULL
};
/* }}} */

/* One transfer: body and headers collected straight into PHP values. */
typedef struct {
	smart_str body;
	zval headers;     /* lower-case name => list; IS_UNDEF until the first header */
	long status;
	size_t max_bytes;
	bool too_large;
} cb_xfer;

typedef struct {
	zend_string *base_url;       /* without trailing '/' */
	zend_string *base_path;      /* the path part of base_url ("/v2"), for log lines */
	zend_string *pool_key;       /* scheme://host:port|ca_file, for persistent handles */
	zend_long team_id;           /* 0 = none */
	zend_long timeout_ms;
	zend_long connect_timeout_ms;
	zend_long max_retries;
	zend_long max_response_bytes;
	zend_string *user_agent;
	zend_string *ca_file;        /* NULL = system bundle */
	bool persistent;
	zend_string *versions[FAM_COUNT]; /* NULL = no header */
	struct curl_slist *headers[FAM_COUNT];      /* requests without a body */
	struct curl_slist *headers_body[FAM_COUNT]; /* requests with a JSON body */
	zval logger;                 /* IS_UNDEF, a callable, or an object with log() */
	bool logger_is_object;

	CURL *easy;
	pid_t pid;                   /* process that created `easy` */
	cb_xfer x;                   /* where `easy` writes the answer (callbacks bound once) */
	char errbuf[CURL_ERROR_SIZE];
	struct curl_slist *cur_headers; /* the header list `easy` has now */
	bool method_is_get;          /* `easy` is set for a plain GET */
	bool ready;                  /* the constructor succeeded */

	zend_long st_requests, st_retries, st_opened, st_reused, st_sent, st_received;
	zend_long st_logger_errors;  /* exceptions thrown by the logger, discarded */
	zend_object std;
} calbook_client;

static inline calbook_client *client_from(zend_object *obj)
{
	return (calbook_client *) ((char *) obj - XtOffsetOf(calbook_client, std));
}
#define Z_CLIENT_P(zv) client_from(Z_OBJ_P(zv))

/* {{{ per-process pool of idle easy handles (persistent clients) */
typedef struct cb_pool_entry {
	char *key;
	CURL *easy;
	struct cb_pool_entry *next;
} cb_pool_entry;

typedef struct {
	pid_t pid;
	CURLSH *share;
	cb_pool_entry *idle;
	int count;
} cb_pool;

#define CB_POOL_MAX 16

/* The pool of this process; a pool inherited through fork() is forgotten without touching its
 * handles (cleaning them up could write on the parent's connections). */
static cb_pool *pool_get(bool create)
{
	cb_pool *pool = CALBOOK_G(persistent_pool);

	if (pool && pool->pid != getpid()) {
		cb_pool_entry *e = pool->idle, *next;
		while (e) {
			next = e->next;
			pefree(e->key, 1);
			pefree(e, 1);
			e = next;
		}
		pefree(pool, 1);
		pool = NULL;
		CALBOOK_G(persistent_pool) = NULL;
	}
	if (!pool && create) {
		pool = pecalloc(1, sizeof(*pool), 1);
		pool->pid = getpid();
		pool->share = curl_share_init();
		if (pool->share) {
			curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
			curl_share_setopt(pool->share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
		}
		CALBOOK_G(persistent_pool) = pool;
	}
	return pool;
}

static CURL *pool_take(const char *key)
{
	cb_pool *pool = pool_get(false);
	cb_pool_entry **pp, *e;

	if (!pool) {
		return NULL;
	}
	for (pp = &pool->idle; (e = *pp) != NULL; pp = &e->next) {
		if (strcmp(e->key, key) == 0) {
			CURL *h = e->easy;
			*pp = e->next;
			pefree(e->key, 1);
			pefree(e, 1);
			pool->count--;
			return h;
		}
	}
	return NULL;
}

static void pool_put(const char *key, CURL *h)
{
	cb_pool *pool = pool_get(true);
	cb_pool_entry *e;

	if (pool->count >= CB_POOL_MAX) {
		/* Drop the oldest idle handle (the last in the list). */
		cb_pool_entry **pp = &pool->idle;
		while ((*pp)->next) {
			pp = &(*pp)->next;
		}
		curl_easy_cleanup((*pp)->easy);
		pefree((*pp)->key, 1);
		pefree(*pp, 1);
		*pp = NULL;
		pool->count--;
	}
	e = pemalloc(sizeof(*e), 1);
	e->key = pestrdup(key, 1);
	e->easy = h;
	e->next = pool->idle;
	pool->idle = e;
	pool->count++;
}

void calbook_client_shutdown(void)
{
	cb_pool *pool = CALBOOK_G(persistent_pool);
	cb_pool_entry *e, *next;

	if (!pool) {
		return;
	}
	CALBOOK_G(persistent_pool) = NULL;
	for (e = pool->idle; e; e = next) {
		next = e->next;
		if (pool->pid == getpid()) {
			curl_easy_cleanup(e->easy);
		}
		pefree(e->key, 1);
		pefree(e, 1);
	}
	if (pool->share && pool->pid == getpid()) {
		curl_share_cleanup(pool->share);
	}
	pefree(pool, 1);
}
/* }}} */

/* {{{ handles */
static void client_http_opts(calbook_client *c, cb_http_opts *o)
{
	o->timeout_ms = (long) c->timeout_ms;
	o->connect_timeout_ms = (long) c->connect_timeout_ms;
	o->ca_file = c->ca_file ? ZSTR_VAL(c->ca_file) : NULL;
	o->user_agent = ZSTR_VAL(c->user_agent);
}

/* Drops the client's handle after a failure: its connection may be dirty. */
static void client_discard_easy(calbook_client *c)
{
	if (c->easy) {
		if (c->pid == getpid()) {
			curl_easy_cleanup(c->easy);
		}
		c->easy = NULL;
	}
}

static size_t xfer_header_cb(char *line, size_t size, size_t n, void *ud);
static size_t xfer_write_cb(char *data, size_t size, size_t n, void *ud);

/* Points a handle's callbacks at this client (once per handle, not per request). */
static void client_bind_easy(calbook_client *c, CURL *h)
{
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, xfer_header_cb);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, &c->x);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, xfer_write_cb);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &c->x);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, c->errbuf);
	c->cur_headers = NULL;
	c->method_is_get = false;
}

/* Leaves nothing of this client in a handle that outlives it (the pool). */
static void client_unbind_easy(CURL *h)
{
	curl_easy_setopt(h, CURLOPT_HEADERDATA, NULL);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, NULL);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_READDATA, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKDATA, NULL);
}

static CURL *client_easy(calbook_client *c, bool *fresh)
{
	cb_http_opts o;

	*fresh = false;
	if (c->easy && c->pid != getpid()) {
		/* Inherited through fork(): never use it, never clean it up here. */
		c->easy = NULL;
	}
	if (c->easy) {
		return c->easy;
	}
	client_http_opts(c, &o);
	if (c->persistent) {
		CURL *h = pool_take(ZSTR_VAL(c->pool_key));
		if (h) {
			if (cb_http_easy_apply(h, &o) == CURLE_OK) {
				c->easy = h;
				c->pid = getpid();
				client_bind_easy(c, h);
				return h;
			}
			curl_easy_cleanup(h);
		}
		{
			cb_pool *pool = pool_get(true);
			c->easy = cb_http_easy_new(&o, pool->share);
		}
	} else {
		c->easy = cb_http_easy_new(&o, NULL);
	}
	c->pid = getpid();
	*fresh = c->easy != NULL;
	if (c->easy) {
		client_bind_easy(c, c->easy);
	}
	return c->easy;
}

static void slist_free_wipe(struct curl_slist *l)
{
	struct curl_slist *n;
	for (n = l; n; n = n->next) {
		if (n->data) {
			ZEND_SECURE_ZERO(n->data, strlen(n->data));
		}
	}
	curl_slist_free_all(l);
}

static struct curl_slist *headers_build(const char *auth_line, const char *version, bool body)
{
	struct curl_slist *l = NULL, *t;
	char vbuf[64];

#define ADD(s) do { t = curl_slist_append(l, s); if (!t) { slist_free_wipe(l); return NULL; } l = t; } while (0)
	ADD(auth_line);
	ADD("Accept: application/json");
	if (body) {
		ADD("Content-Type: application/json");
		ADD("Expect:");
	}
	if (version) {
		snprintf(vbuf, sizeof(vbuf), "cal-api-version: %s", version);
		ADD(vbuf);
	}
#undef ADD
	return l;
}
/* }}} */

/* {{{ object handlers */
static zend_object *client_create(zend_class_entry *ce)
{
	calbook_client *c = zend_object_alloc(sizeof(calbook_client), ce);
	memset(c, 0, XtOffsetOf(calbook_client, std));
	zend_object_std_init(&c->std, ce);
	object_properties_init(&c->std, ce);
	c->std.handlers = &client_handlers;
	ZVAL_UNDEF(&c->logger);
	return &c->std;
}

static void client_free(zend_object *obj)
{
	calbook_client *c = client_from(obj);
	int i;

	if (c->easy) {
		if (c->pid != getpid()) {
			c->easy = NULL;
		} else if (c->persistent && c->pool_key) {
			client_unbind_easy(c->easy);
			pool_put(ZSTR_VAL(c->pool_key), c->easy);
		} else {
			curl_easy_cleanup(c->easy);
		}
		c->easy = NULL;
	}
	for (i = 0; i < FAM_COUNT; i++) {
		if (c->headers[i]) {
			slist_free_wipe(c->headers[i]);
		}
		if (c->headers_body[i]) {
			slist_free_wipe(c->headers_body[i]);
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
	smart_str_free(&c->x.body);
	zval_ptr_dtor(&c->x.headers);
	zend_object_std_dtor(obj);
}

static HashTable *client_get_gc(zend_object *obj, zval **table, int *n)
{
	calbook_client *c = client_from(obj);
	*table = Z_TYPE(c->logger) == IS_UNDEF ? NULL : &c->logger;
	*n = Z_TYPE(c->logger) == IS_UNDEF ? 0 : 1;
	return zend_std_get_properties(obj);
}

static HashTable *client_debug_info(zend_object *obj, int *is_temp)
{
	calbook_client *c = client_from(obj);
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
	for (i = 0; i < FAM_COUNT - 1; i++) {
		if (c->versions[i]) {
			add_assoc_str(&versions, family_names[i], zend_string_copy(c->versions[i]));
		} else {
			add_assoc_null(&versions, family_names[i]);
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
	return ht;
}
/* }}} */

/* {{{ logging */
static const char *status_level(long status)
{
	return status >= 200 && status < 400 ? "info" : "warning";
}

/* Calls the logger. Logging never changes the outcome of a call: an exception the logger
 * throws is discarded and counted in stats()['logger_errors'] (so a created booking is never
 * hidden behind a logging failure). Returns FAILURE only when the logger ended the script
 * (exit() inside the logger): that stays pending. */
static zend_result client_log(calbook_client *c, const char *level, zend_string *message, zval *context)
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
static zend_result client_log_simple(calbook_client *c, const char *level, zval *context, const char *fmt, ...)
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
	rc = client_log(c, level, msg, context);
	zend_string_release(msg);
	zval_ptr_dtor(&empty);
	return rc;
}
/* }}} */

static void xfer_init(cb_xfer *x, size_t max_bytes)
{
	memset(&x->body, 0, sizeof(x->body));
	ZVAL_UNDEF(&x->headers);
	x->status = 0;
	x->max_bytes = max_bytes;
	x->too_large = false;
}

static void xfer_free(cb_xfer *x)
{
	smart_str_free(&x->body);
	zval_ptr_dtor(&x->headers);
	ZVAL_UNDEF(&x->headers);
}

/* The response headers kept for the Response (the ones calbook and its users need); the rest
 * are skipped to keep the hot path cheap. */
static bool header_kept(const char *k, size_t n)
{
	switch (n) {
	case 8:
		return memcmp(k, "location", 8) == 0;
	case 11:
		return memcmp(k, "retry-after", 11) == 0;
	case 12:
		return memcmp(k, "content-type", 12) == 0 || memcmp(k, "x-request-id", 12) == 0;
	case 14:
		return memcmp(k, "content-length", 14) == 0;
	default:
		return (n > 12 && memcmp(k, "x-ratelimit-", 12) == 0) || (n > 6 && memcmp(k, "x-cal-", 6) == 0)
			|| (n == 15 && memcmp(k, "cal-api-version", 15) == 0);
	}
}

static size_t xfer_header_cb(char *line, size_t size, size_t n, void *ud)
{
	cb_xfer *x = ud;
	size_t len = size * n;
	const char *name, *value;
	size_t name_len, value_len;
	long status;
	int kind;

	/* Most headers are not kept: skip them by their first letter before parsing. */
	switch (len ? line[0] | 0x20 : 0) {
	case 'c': case 'h': case 'l': case 'r': case 'x':
		break;
	default:
		return len;
	}
	kind = cb_http_header_line(line, len, &name, &name_len, &value, &value_len, &status);

	if (kind == 2) {
		/* A new response (after 1xx): start over. */
		x->status = status;
		zval_ptr_dtor(&x->headers);
		ZVAL_UNDEF(&x->headers);
		smart_str_free(&x->body);
	} else if (kind == 1 && name_len < 256) {
		char key[256];
		zval *list, v;
		zend_str_tolower_copy(key, name, name_len);
		if (!header_kept(key, name_len)) {
			return len;
		}
		if (Z_TYPE(x->headers) == IS_UNDEF) {
			array_init_size(&x->headers, 8);
		}
		list = zend_hash_str_find(Z_ARRVAL(x->headers), key, name_len);
		if (!list) {
			zval empty;
			array_init_size(&empty, 1);
			list = zend_hash_str_add_new(Z_ARRVAL(x->headers), key, name_len, &empty);
		}
		ZVAL_STRINGL(&v, value, value_len);
		zend_hash_next_index_insert_new(Z_ARRVAL_P(list), &v);
		if (name_len == 14 && memcmp(key, "content-length", 14) == 0) {
			long long cl;
			if (cb_decimal_int(value, value_len, &cl) && cl >= 0) {
				if ((unsigned long long) cl > x->max_bytes) {
					x->too_large = true;
					return 0;
				}
				if (cl > 0 && !x->body.s) {
					smart_str_alloc(&x->body, (size_t) cl, 0);
				}
			}
		}
	}
	return len;
}

static size_t xfer_write_cb(char *data, size_t size, size_t n, void *ud)
{
	cb_xfer *x = ud;
	size_t len = size * n;
	size_t have = x->body.s ? ZSTR_LEN(x->body.s) : 0;

	if (have + len > x->max_bytes) {
		x->too_large = true;
		return 0;
	}
	smart_str_appendl(&x->body, data, len);
	return len;
}

static zend_string *xfer_take_body(cb_xfer *x)
{
	if (!x->body.s) {
		return ZSTR_EMPTY_ALLOC();
	}
	smart_str_0(&x->body);
	return smart_str_extract(&x->body);
}
/* }}} */

/* {{{ the request description every method fills in */
typedef struct {
	const char *method;           /* "GET", "POST", "PATCH", "DELETE" */
	const char *path_fmt;         /* "/bookings/{}/cancel" */
	const char *log_fmt;          /* "/bookings/{uid}/cancel" */
	const char *segs[3];
	size_t seg_lens[3];
	size_t nseg;
	zend_string *query;           /* "a=b&c=d" or NULL */
	zend_string *body;            /* JSON or NULL */
	int family;
	bool version_override;        /* request(): use `version` (may be NULL) */
	zend_string *version;
	bool idempotent;
	bool is_create_booking;
	const char *what;             /* "booking", "reservation", ...: named in ambiguous failures */
} cb_req;

static void req_init(cb_req *r, const char *method, const char *path_fmt, const char *log_fmt, int family, bool idempotent)
{
	memset(r, 0, sizeof(*r));
	r->method = method;
	r->path_fmt = path_fmt;
	r->log_fmt = log_fmt;
	r->family = family;
	r->idempotent = idempotent;
}

static void req_seg(cb_req *r, const char *s, size_t len)
{
	r->segs[r->nseg] = s;
	r->seg_lens[r->nseg] = len;
	r->nseg++;
}

static void req_free(cb_req *r)
{
	if (r->query) zend_string_release(r->query);
	if (r->body) zend_string_release(r->body);
	if (r->version) zend_string_release(r->version);
}

/* The path for log lines and messages: base path + readable template ("/v2/bookings/{uid}"),
 * never the values of the segments. */
static zend_string *req_log_path(calbook_client *c, const cb_req *r)
{
	return zend_string_concat2(ZSTR_VAL(c->base_path), ZSTR_LEN(c->base_path), r->log_fmt, strlen(r->log_fmt));
}
/* }}} */

/* {{{ rate-limit headers */
static long headers_reset_seconds(zval *headers)
{
	zend_string *name;
	zval *list, *v;
	long best = -1;
	time_t now = time(NULL);

	if (Z_TYPE_P(headers) != IS_ARRAY) {
		return -1;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(headers), name, list) {
		if (!name || ZSTR_LEN(name) <= 18 || memcmp(ZSTR_VAL(name), "x-ratelimit-reset-", 18) != 0) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) {
			long s = cb_ratelimit_reset_seconds(Z_STRVAL_P(v), Z_STRLEN_P(v), now);
			if (s > best) {
				best = s;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return best;
}

/* The smallest X-RateLimit-Remaining-* value, or -1 when there is none. */
static long headers_remaining(zval *headers)
{
	zend_string *name;
	zval *list, *v;
	long best = -1;

	if (Z_TYPE_P(headers) != IS_ARRAY) {
		return -1;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(headers), name, list) {
		if (!name || ZSTR_LEN(name) <= 22 || memcmp(ZSTR_VAL(name), "x-ratelimit-remaining-", 22) != 0) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), v) {
			long long n;
			if (cb_decimal_int(Z_STRVAL_P(v), Z_STRLEN_P(v), &n) && n >= 0 && (best < 0 || n < best)) {
				best = (long) n;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return best;
}

static zend_string *headers_first(zval *headers, const char *name, size_t len)
{
	zval *list, *v;
	if (Z_TYPE_P(headers) != IS_ARRAY || !(list = zend_hash_str_find(Z_ARRVAL_P(headers), name, len))) {
		return NULL;
	}
	v = zend_hash_index_find(Z_ARRVAL_P(list), 0);
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}
/* }}} */

static void sleep_ms(long ms)
{
	if (ms > 0) {
		usleep((useconds_t) ms * 1000);
	}
}

static uint32_t rand32(void)
{
	return (uint32_t) php_mt_rand();
}

/* {{{ building the URL */
static zend_result req_url(calbook_client *c, const cb_req *r, smart_str *url, const char *fn)
{
	char buf[4096];
	long n = cb_url_build(buf, sizeof(buf), ZSTR_VAL(c->base_url), r->path_fmt, r->segs, r->seg_lens, r->nseg);

	if (n < 0) {
		if (n == CB_URL_E_SEGMENT) {
			calbook_throw(calbook_ce_invalid_argument, "%s: a path segment is not a valid uid or id", fn);
		} else {
			calbook_throw(calbook_ce_invalid_argument, "%s: the request URL cannot be built (too long or malformed)", fn);
		}
		return FAILURE;
	}
	smart_str_appendl(url, buf, (size_t) n);
	if (r->query && ZSTR_LEN(r->query)) {
		smart_str_appendc(url, '?');
		smart_str_append(url, r->query);
	}
	smart_str_0(url);
	return SUCCESS;
}
/* }}} */

/* {{{ the transport loop: one request with its retries. On SUCCESS, return_value holds a
 * Calbook\Response; on FAILURE an exception is pending. */
static struct curl_slist *req_headers(calbook_client *c, const cb_req *r, struct curl_slist **tmp)
{
	*tmp = NULL;
	if (r->version_override) {
		*tmp = headers_build(c->headers[FAM_OTHER]->data, r->version ? ZSTR_VAL(r->version) : NULL, r->body != NULL);
		return *tmp;
	}
	return r->body ? c->headers_body[r->family] : c->headers[r->family];
}

static zend_result client_execute(calbook_client *c, cb_req *r, const char *fn, zval *return_value)
{
	smart_str url = {0};
	zend_string *log_path = NULL;
	struct curl_slist *tmp_headers = NULL, *headers;
	cb_body body = {0};
	int attempt = 0;
	zend_result result = FAILURE;
	cb_xfer x;

	if (req_url(c, r, &url, fn) != SUCCESS) {
		return FAILURE;
	}
	headers = req_headers(c, r, &tmp_headers);
	if (!headers) {
		smart_str_free(&url);
		zend_throw_error(NULL, "calbook: out of memory");
		return FAILURE;
	}
	log_path = req_log_path(c, r);
	memset(&body, 0, sizeof(body));
	if (r->body) {
		body.data = ZSTR_VAL(r->body);
		body.len = ZSTR_LEN(r->body);
		body.allow_rewind = r->idempotent;
	}

	for (;;) {
		bool fresh;
		CURL *h = client_easy(c, &fresh);
		CURLcode rc;
		long code = 0, nconn = 0, req_size = 0, hdr_size = 0;
		curl_off_t up = 0, down = 0, total_us = 0;
		char errbuf[CURL_ERROR_SIZE];
		cb_fail_kind fail;
		cb_retry_action action;
		long reset_s = -1;
		zval ctx;
		zend_string *msg;
		zend_string *reqid;

		attempt++;
		xfer_init(&x, (size_t) c->max_response_bytes);
		if (!h) {
			calbook_throw_transport(false, CURLE_FAILED_INIT, attempt, "%s: %s %s could not start: libcurl failed to initialise", fn, r->method, ZSTR_VAL(log_path));
			goto done;
		}
		c->errbuf[0] = '\0';
		xfer_init(&c->x, (size_t) c->max_response_bytes);
		curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(url.s));
		if (c->cur_headers != headers) {
			curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
			c->cur_headers = headers;
		}
		if (r->body || !c->method_is_get || r->method[0] != 'G') {
			cb_http_easy_reset_request(h);
			cb_http_set_method(h, r->method, r->body ? &body : NULL);
			c->method_is_get = !r->body && r->method[0] == 'G';
		}

		/* A body-less call that must not run twice goes on a new connection: libcurl silently
		 * resends a request whose kept-alive connection died before any answer, and without a
		 * body there is nothing to rewind that calbook could refuse. */
		if (!r->body && !r->idempotent) {
			curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
		}

		rc = curl_easy_perform(h);

		if (!r->body && !r->idempotent) {
			curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 0L);
		}

		/* Take the answer out of the client: a logger may call the client again. */
		x = c->x;
		xfer_init(&c->x, 0);
		memcpy(errbuf, c->errbuf, sizeof(errbuf));
		errbuf[sizeof(errbuf) - 1] = '\0';
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
		curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &nconn);
		curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &req_size);
		curl_easy_getinfo(h, CURLINFO_HEADER_SIZE, &hdr_size);
		curl_easy_getinfo(h, CURLINFO_SIZE_UPLOAD_T, &up);
		curl_easy_getinfo(h, CURLINFO_SIZE_DOWNLOAD_T, &down);
		curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total_us);

		c->st_requests++;
		if (nconn > 0) {
			c->st_opened += nconn;
		} else if (rc == CURLE_OK) {
			c->st_reused++;
		}
		c->st_sent += req_size + (zend_long) up;
		c->st_received += hdr_size + (zend_long) down;

		fail = cb_fail_classify((int) rc, req_size, x.too_large, r->body ? body.rewind_refused : 0);
		if (fail == CB_FAIL_NONE) {
			x.status = code;
			if (code == 429) {
				reset_s = headers_reset_seconds(&x.headers);
			}
		} else {
			/* Never pool or reuse a connection that failed or was read partially. */
			client_discard_easy(c);
		}
		action = cb_retry_decide(r->idempotent, fail, fail == CB_FAIL_NONE ? code : 0, attempt,
			(int) c->max_retries, reset_s, CB_RATE_LIMIT_CAP_S);

		/* One log entry per attempt. */
		if (Z_TYPE(c->logger) != IS_UNDEF) {
			zend_result lr;
			array_init_size(&ctx, 8);
			add_assoc_string(&ctx, "method", (char *) r->method);
			add_assoc_str(&ctx, "path", zend_string_copy(log_path));
			if (fail == CB_FAIL_NONE) {
				add_assoc_long(&ctx, "status", code);
			} else {
				add_assoc_null(&ctx, "status");
			}
			add_assoc_double(&ctx, "duration_ms", (double) total_us / 1000.0);
			add_assoc_long(&ctx, "attempt", attempt);
			reqid = fail == CB_FAIL_NONE ? headers_first(&x.headers, ZEND_STRL("x-request-id")) : NULL;
			if (reqid) {
				add_assoc_str(&ctx, "request_id", zend_string_copy(reqid));
			} else {
				add_assoc_null(&ctx, "request_id");
			}
			add_assoc_string(&ctx, "connection", nconn > 0 ? "new" : "reused");
			if (fail != CB_FAIL_NONE) {
				add_assoc_long(&ctx, "curl_code", (zend_long) rc);
				add_assoc_string(&ctx, "error", fail == CB_FAIL_TOO_LARGE ? "response larger than max_response_bytes"
					: (errbuf[0] ? errbuf : curl_easy_strerror(rc)));
				msg = zend_strpprintf(0, "calbook: %s %s failed: %s", r->method, ZSTR_VAL(log_path),
					fail == CB_FAIL_TOO_LARGE ? "response too large" : curl_easy_strerror(rc));
			} else {
				msg = zend_strpprintf(0, "calbook: %s %s %ld", r->method, ZSTR_VAL(log_path), code);
			}
			lr = client_log(c, fail == CB_FAIL_NONE ? status_level(code) : "warning", msg, &ctx);
			zend_string_release(msg);
			zval_ptr_dtor(&ctx);
			if (lr != SUCCESS) {
				goto done;
			}
		}

		if (action != CB_RETRY_NO) {
			long wait = action == CB_RETRY_RATE_LIMIT ? reset_s * 1000 + (long) (rand32() % 250)
				: cb_backoff_ms(attempt, CB_BACKOFF_BASE_MS, CB_BACKOFF_CAP_MS, rand32());
			if (Z_TYPE(c->logger) != IS_UNDEF) {
				array_init_size(&ctx, 6);
				add_assoc_string(&ctx, "method", (char *) r->method);
				add_assoc_str(&ctx, "path", zend_string_copy(log_path));
				add_assoc_long(&ctx, "attempt", attempt);
				add_assoc_long(&ctx, "wait_ms", wait);
				add_assoc_string(&ctx, "reason", fail == CB_FAIL_NOT_SENT ? "not sent"
					: code == 429 ? "rate limited" : "server unavailable");
				if (client_log_simple(c, "info", &ctx, "calbook: retrying %s %s after %s (attempt %d of %d)",
						r->method, ZSTR_VAL(log_path),
						fail == CB_FAIL_NOT_SENT ? "a connection failure (the request was not sent)"
							: code == 429 ? "HTTP 429" : "a server error",
						attempt + 1, (int) c->max_retries + 1) != SUCCESS) {
					zval_ptr_dtor(&ctx);
					goto done;
				}
				zval_ptr_dtor(&ctx);
			}
			c->st_retries++;
			xfer_free(&x);
			sleep_ms(wait);
			continue;
		}

		if (fail == CB_FAIL_NONE) {
			zend_string *b = xfer_take_body(&x);
			calbook_response_create(return_value, code, b, Z_TYPE(x.headers) == IS_ARRAY ? &x.headers : NULL);
			zend_string_release(b);
			result = SUCCESS;
			goto done;
		}

		/* A transport failure, final. */
		if (fail == CB_FAIL_TOO_LARGE) {
			calbook_throw(calbook_ce_invalid_response,
				"%s: %s %s: the response is larger than max_response_bytes (" ZEND_LONG_FMT ")%s",
				fn, r->method, ZSTR_VAL(log_path), c->max_response_bytes,
				r->idempotent ? "" : r->is_create_booking ? "; the booking may have been created; check before retrying"
					: "; the request may have taken effect; check before retrying");
		} else if (fail == CB_FAIL_NOT_SENT || fail == CB_FAIL_REFUSED || fail == CB_FAIL_LOCAL) {
			calbook_throw_transport(false, (int) rc, attempt,
				"%s: %s %s was not sent: %s (curl error %d, %d attempt%s)", fn, r->method, ZSTR_VAL(log_path),
				errbuf[0] ? errbuf : curl_easy_strerror(rc), (int) rc, attempt, attempt == 1 ? "" : "s");
		} else {
			calbook_throw_transport(true, (int) rc, attempt,
				"%s: %s %s failed after the request was sent: %s (curl error %d, %d attempt%s)%s", fn, r->method,
				ZSTR_VAL(log_path), r->body && body.rewind_refused ? "the connection closed before the answer" : (errbuf[0] ? errbuf : curl_easy_strerror(rc)),
				(int) rc, attempt, attempt == 1 ? "" : "s",
				r->idempotent ? "" : r->is_create_booking ? "; not retried: the booking may have been created; check before retrying"
					: "; not retried: the request may have taken effect; check before retrying");
		}
		goto done;
	}

done:
	xfer_free(&x);
	if (tmp_headers) {
		/* The handle must not keep a pointer to a freed list. */
		if (c->easy && c->cur_headers == tmp_headers) {
			curl_easy_setopt(c->easy, CURLOPT_HTTPHEADER, NULL);
		}
		if (c->cur_headers == tmp_headers) {
			c->cur_headers = NULL;
		}
		slist_free_wipe(tmp_headers);
	}
	/* Nor pointers to our stack (the request body). */
	if (c->easy && r->body) {
		curl_easy_setopt(c->easy, CURLOPT_READDATA, NULL);
		curl_easy_setopt(c->easy, CURLOPT_SEEKDATA, NULL);
		c->method_is_get = false;
	}
	smart_str_free(&url);
	zend_string_release(log_path);
	return result;
}
/* }}} */

/* {{{ JSON and query helpers */
static zend_string *json_body(zval *v, const char *fn)
{
	smart_str s = {0};
	int flags = PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_PRESERVE_ZERO_FRACTION;

	if (Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
		return zend_string_init("{}", 2, 0);
	}
	if (php_json_encode_ex(&s, v, flags, PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		JSON_G(error_code) = PHP_JSON_ERROR_NONE;
		smart_str_free(&s);
		calbook_throw(calbook_ce_invalid_argument, "%s: the request body cannot be encoded as JSON (invalid UTF-8, a resource, or nested too deep)", fn);
		return NULL;
	}
	smart_str_0(&s);
	return smart_str_extract(&s);
}

static void query_append_scalar(smart_str *s, zval *v)
{
	zend_string *str, *enc;
	switch (Z_TYPE_P(v)) {
	case IS_TRUE:
		smart_str_appends(s, "true");
		return;
	case IS_FALSE:
		smart_str_appends(s, "false");
		return;
	default:
		str = zval_get_string(v);
		enc = php_raw_url_encode(ZSTR_VAL(str), ZSTR_LEN(str));
		smart_str_append(s, enc);
		zend_string_release(enc);
		zend_string_release(str);
	}
}

static bool is_query_scalar(zval *v)
{
	return Z_TYPE_P(v) == IS_STRING || Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE
		|| Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE;
}

/* Query parameters the spec types as arrays (form style, exploded): a list goes as repeated
 * keys, "status=upcoming&status=past". Every other list is one comma-separated value, as the
 * spec's string-typed list parameters ("eventTypeIds", "teamsIds", "usernames") expect. */
static bool query_param_is_array(zend_string *key)
{
	static const char *const names[] = {"status", "emails", "teamIds", "assignedOptionIds", "permissions"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (zend_string_equals_cstr(key, names[i], strlen(names[i]))) {
			return true;
		}
	}
	return false;
}

/* Builds "k=v&k2=a,b" from an array: scalars URL-encoded, booleans as true/false, lists of
 * scalars as comma lists (or repeated keys for the spec's array parameters), null skipped. */
static zend_result query_build(HashTable *q, zend_string **out, const char *fn, const char *what)
{
	smart_str s = {0};
	zend_string *key;
	zend_ulong idx;
	zval *v;

	*out = NULL;
	ZEND_HASH_FOREACH_KEY_VAL(q, idx, key, v) {
		zend_string *enc;
		ZVAL_DEREF(v);
		if (!key) {
			smart_str_free(&s);
			calbook_throw(calbook_ce_invalid_argument, "%s: %s must be keyed by parameter name (got index " ZEND_ULONG_FMT ")", fn, what, idx);
			return FAILURE;
		}
		if (Z_TYPE_P(v) == IS_NULL) {
			continue;
		}
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *item;
			bool first = true;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				ZVAL_DEREF(item);
				if (!is_query_scalar(item)) {
					smart_str_free(&s);
					calbook_throw(calbook_ce_invalid_argument, "%s: %s \"%s\" must be a scalar or a list of scalars", fn, what, ZSTR_VAL(key));
					return FAILURE;
				}
			} ZEND_HASH_FOREACH_END();
			bool repeat = query_param_is_array(key);
			enc = php_raw_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
				ZVAL_DEREF(item);
				if (first || repeat) {
					if (s.s) smart_str_appendc(&s, '&');
					smart_str_append(&s, enc);
					smart_str_appendc(&s, '=');
				} else {
					smart_str_appendc(&s, ',');
				}
				first = false;
				query_append_scalar(&s, item);
			} ZEND_HASH_FOREACH_END();
			zend_string_release(enc);
			continue;
		}
		if (!is_query_scalar(v)) {
			smart_str_free(&s);
			calbook_throw(calbook_ce_invalid_argument, "%s: %s \"%s\" must be a scalar or a list of scalars", fn, what, ZSTR_VAL(key));
			return FAILURE;
		}
		if (s.s) smart_str_appendc(&s, '&');
		enc = php_raw_url_encode(ZSTR_VAL(key), ZSTR_LEN(key));
		smart_str_append(&s, enc);
		zend_string_release(enc);
		smart_str_appendc(&s, '=');
		query_append_scalar(&s, v);
	} ZEND_HASH_FOREACH_END();
	if (s.s) {
		smart_str_0(&s);
		*out = smart_str_extract(&s);
	}
	return SUCCESS;
}
/* }}} */

/* {{{ input validation helpers */
static const char *zval_type_name(zval *v)
{
	return zend_zval_type_name(v);
}

/* A positive integer, or a decimal string of one. */
static bool positive_int(zval *v, zend_long *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = Z_LVAL_P(v);
		return *out > 0;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		long long n;
		if (cb_decimal_int(Z_STRVAL_P(v), Z_STRLEN_P(v), &n) && n > 0 && n <= ZEND_LONG_MAX) {
			*out = (zend_long) n;
			return true;
		}
	}
	return false;
}

static zend_result check_uid(zend_string *uid, const char *fn, const char *field)
{
	if (!cb_uid_valid(ZSTR_VAL(uid), ZSTR_LEN(uid))) {
		calbook_throw(calbook_ce_invalid_argument,
			"%s: %s must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_'", fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result check_id(zend_long id, const char *fn, const char *field)
{
	if (id <= 0) {
		calbook_throw(calbook_ce_invalid_argument, "%s: %s must be a positive integer", fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

static bool timezone_valid(zend_string *tz)
{
	size_t i;
	if (ZSTR_LEN(tz) == 0 || ZSTR_LEN(tz) > 64) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(tz); i++) {
		char ch = ZSTR_VAL(tz)[i];
		if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
				|| ch == '/' || ch == '_' || ch == '-' || ch == '+')) {
			return false;
		}
	}
	return true;
}

static zend_result require_utc(HashTable *ht, const char *key, const char *fn, const char *field, bool required)
{
	zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
	if (!v) {
		if (required) {
			calbook_throw(calbook_ce_invalid_argument, "%s: %s is required (a UTC ISO 8601 time such as 2030-01-08T13:00:00Z)", fn, field);
			return FAILURE;
		}
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_STRING || !cb_iso8601_utc_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
		calbook_throw(calbook_ce_invalid_argument,
			"%s: %s must be a UTC ISO 8601 time ending in Z or +00:00, such as 2030-01-08T13:00:00Z", fn, field);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result check_known_keys(HashTable *ht, const char *const *allowed, const char *fn, const char *what)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(ht, idx, key) {
		const char *const *a;
		bool ok = false;
		if (!key) {
			calbook_throw(calbook_ce_invalid_argument, "%s: %s must be keyed by field name (got index " ZEND_ULONG_FMT ")", fn, what, idx);
			return FAILURE;
		}
		for (a = allowed; *a; a++) {
			if (zend_string_equals_cstr(key, *a, strlen(*a))) {
				ok = true;
				break;
			}
		}
		if (!ok) {
			calbook_throw(calbook_ce_invalid_argument, "%s: unknown field \"%s\" in %s", fn, ZSTR_VAL(key), what);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}
/* }}} */

/* {{{ constructor and options */
#define FN_CTOR "Calbook\\Client::__construct()"

static zend_result opt_long(zval *v, const char *name, zend_long min, zend_long max, zend_long *out)
{
	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_LONG) {
		calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"%s\" must be an int from " ZEND_LONG_FMT " to " ZEND_LONG_FMT ", %s given",
			name, min, max, zval_type_name(v));
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

static bool version_valid(zend_string *v)
{
	const char *s = ZSTR_VAL(v);
	int i;
	if (ZSTR_LEN(v) != 10) {
		return false;
	}
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-') return false;
		} else if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

static bool header_text_valid(zend_string *s, size_t max)
{
	size_t i;
	if (ZSTR_LEN(s) == 0 || ZSTR_LEN(s) > max) {
		return false;
	}
	for (i = 0; i < ZSTR_LEN(s); i++) {
		unsigned char ch = (unsigned char) ZSTR_VAL(s)[i];
		if (ch < 0x20 || ch == 0x7f) {
			return false;
		}
	}
	return true;
}

/* scheme://host:port of a base URL, and its path. */
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

	if (c->ready) {
		zend_throw_error(NULL, "Calbook\\Client is already constructed");
		RETURN_THROWS();
	}
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
	for (f = 0; f < FAM_COUNT; f++) {
		c->versions[f] = family_default_version[f] ? zend_string_init(family_default_version[f], strlen(family_default_version[f]), 0) : NULL;
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
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"base_url\" must be a string, %s given", zval_type_name(v));
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
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"api_versions\" must be an array (family => version), %s given", zval_type_name(v));
					goto fail;
				}
				ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), fam, ver) {
					int found = -1;
					ZVAL_DEREF(ver);
					for (f = 0; fam && f < FAM_COUNT - 1; f++) {
						if (zend_string_equals_cstr(fam, family_names[f], strlen(family_names[f]))) {
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
					} else if (Z_TYPE_P(ver) == IS_STRING && version_valid(Z_STR_P(ver))) {
						if (c->versions[found]) zend_string_release(c->versions[found]);
						c->versions[found] = zend_string_copy(Z_STR_P(ver));
					} else {
						calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"api_versions\" entry \"%s\" must be a version such as \"2024-08-13\", or null for none", family_names[found]);
						goto fail;
					}
				} ZEND_HASH_FOREACH_END();
			} else if (zend_string_equals_literal(key, "user_agent")) {
				if (Z_TYPE_P(v) != IS_STRING || !header_text_valid(Z_STR_P(v), 256)) {
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
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"ca_file\" must be a string, %s given", zval_type_name(v));
					goto fail;
				}
				if (Z_STRLEN_P(v) == 0 || strlen(Z_STRVAL_P(v)) != Z_STRLEN_P(v) || VCWD_STAT(Z_STRVAL_P(v), &st) != 0 || !S_ISREG(st.st_mode)
						|| access(Z_STRVAL_P(v), R_OK) != 0) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"ca_file\" must name a readable file");
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
				} else {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"logger\" must be a Psr\\Log\\LoggerInterface (an object with log()) or a callable, %s given", zval_type_name(v));
					goto fail;
				}
				ZVAL_COPY(&c->logger, v);
			} else if (zend_string_equals_literal(key, "persistent")) {
				if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
					calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": option \"persistent\" must be a bool, %s given", zval_type_name(v));
					goto fail;
				}
				c->persistent = Z_TYPE_P(v) == IS_TRUE;
			} else {
				calbook_throw(calbook_ce_invalid_argument, FN_CTOR ": unknown option \"%s\" (known: base_url, team_id, timeout_ms, connect_timeout_ms, max_retries, api_versions, user_agent, ca_file, max_response_bytes, logger, persistent)", ZSTR_VAL(key));
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
	for (f = 0; f < FAM_COUNT; f++) {
		c->headers[f] = headers_build(auth_line, c->versions[f] ? ZSTR_VAL(c->versions[f]) : NULL, false);
		c->headers_body[f] = headers_build(auth_line, c->versions[f] ? ZSTR_VAL(c->versions[f]) : NULL, true);
		if (!c->headers[f] || !c->headers_body[f]) {
			ZEND_SECURE_ZERO(auth_line, auth_len);
			efree(auth_line);
			zend_throw_error(NULL, "calbook: out of memory");
			RETURN_THROWS();
		}
	}
	ZEND_SECURE_ZERO(auth_line, auth_len);
	efree(auth_line);
	c->pid = getpid();
	c->ready = true;
	return;

fail:
	if (base) zend_string_release(base);
	RETURN_THROWS();
}
/* }}} */

#define CLIENT_READY(c) do { \
	if (!(c)->ready) { \
		zend_throw_error(NULL, "Calbook\\Client was not constructed"); \
		RETURN_THROWS(); \
	} \
} while (0)

/* Runs `r` and frees it; the Response goes to return_value. */
#define EXECUTE(c, r, fn) do { \
	zend_result _rc = client_execute((c), (r), (fn), return_value); \
	req_free(r); \
	if (_rc != SUCCESS) { \
		RETURN_THROWS(); \
	} \
	return; \
} while (0)

/* {{{ createBooking */
#define FN_CREATE "Calbook\\Client::createBooking()"

static const char *const create_keys[] = {
	/* Cal.com v2 (2024-08-13) */
	"attendee", "bookingFieldsResponses", "emailVerificationCode", "eventTypeId", "eventTypeSlug", "guests",
	"lengthInMinutes", "location", "meetingUrl", "metadata", "organizationSlug", "routing", "start", "teamSlug",
	"username", "instant", "recurrenceCount",
	/* the PHP service's flat input */
	"name", "email", "timeZone", "phone", "language",
	NULL
};

/* Copies metadata with every value turned into a string, as Cal.com demands. */
static zend_result metadata_strings(zval *in, zval *out)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;

	if (Z_TYPE_P(in) != IS_ARRAY) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata must be an array of key => scalar, %s given", zval_type_name(in));
		return FAILURE;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(in)) > 50) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata has %u keys; Cal.com allows at most 50", zend_hash_num_elements(Z_ARRVAL_P(in)));
		return FAILURE;
	}
	object_init(out);
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(in), idx, key, v) {
		zend_string *k = key ? zend_string_copy(key) : zend_long_to_str((zend_long) idx);
		zval s;
		ZVAL_DEREF(v);
		if (ZSTR_LEN(k) == 0 || ZSTR_LEN(k) > 40) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata key \"%s\" must be 1 to 40 characters", ZSTR_LEN(k) > 40 ? "(too long)" : "");
			zend_string_release(k);
			return FAILURE;
		}
		switch (Z_TYPE_P(v)) {
		case IS_STRING:
			ZVAL_COPY(&s, v);
			break;
		case IS_TRUE:
			ZVAL_STRINGL(&s, "true", 4);
			break;
		case IS_FALSE:
			ZVAL_STRINGL(&s, "false", 5);
			break;
		case IS_LONG:
			ZVAL_STR(&s, zend_long_to_str(Z_LVAL_P(v)));
			break;
		case IS_DOUBLE: {
			smart_str d = {0};
			if (!zend_finite(Z_DVAL_P(v))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" must be a finite number", ZSTR_VAL(k));
				zend_string_release(k);
				return FAILURE;
			}
			smart_str_append_double(&d, Z_DVAL_P(v), (int) PG(serialize_precision), false);
			smart_str_0(&d);
			ZVAL_STR(&s, smart_str_extract(&d));
			break;
		}
		case IS_NULL:
			ZVAL_EMPTY_STRING(&s);
			break;
		default:
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" must be a string, number or bool (nested %s refused)", ZSTR_VAL(k), zval_type_name(v));
			zend_string_release(k);
			return FAILURE;
		}
		if (Z_STRLEN(s) > 500) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": metadata \"%s\" is longer than 500 characters", ZSTR_VAL(k));
			zval_ptr_dtor(&s);
			zend_string_release(k);
			return FAILURE;
		}
		zend_symtable_update(Z_OBJPROP_P(out), k, &s);
		zend_string_release(k);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Builds the exact Cal.com v2 create body from the flat or v2 input. */
static zend_result create_body(HashTable *in, zval *out)
{
	zval *v, *att_in = NULL, attendee, tmp;
	zend_long id;
	zval *name = NULL, *email = NULL, *tz = NULL, *phone = NULL, *lang = NULL;

	array_init(out);
	if (check_known_keys(in, create_keys, FN_CREATE, "the booking") != SUCCESS) {
		return FAILURE;
	}

	/* start */
	if (require_utc(in, "start", FN_CREATE, "start", true) != SUCCESS) {
		return FAILURE;
	}

	/* event type: id, or slug with username/teamSlug */
	v = zend_hash_str_find_deref(in, ZEND_STRL("eventTypeId"));
	if (v) {
		if (!positive_int(v, &id)) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeId must be a positive integer (or a string of one), %s given", zval_type_name(v));
			return FAILURE;
		}
		add_assoc_long(out, "eventTypeId", id);
	} else {
		zval *slug = zend_hash_str_find_deref(in, ZEND_STRL("eventTypeSlug"));
		if (!slug || Z_TYPE_P(slug) != IS_STRING || Z_STRLEN_P(slug) == 0) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeId is required (or eventTypeSlug with username or teamSlug)");
			return FAILURE;
		}
		if (!zend_hash_str_exists(in, ZEND_STRL("username")) && !zend_hash_str_exists(in, ZEND_STRL("teamSlug"))) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": eventTypeSlug needs username or teamSlug");
			return FAILURE;
		}
	}
	{
		static const char *const strs[] = {"eventTypeSlug", "username", "teamSlug", "organizationSlug", "emailVerificationCode", "meetingUrl", NULL};
		const char *const *k;
		for (k = strs; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v) continue;
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be a non-empty string", *k);
				return FAILURE;
			}
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, *k, v);
		}
	}
	v = zend_hash_str_find_deref(in, ZEND_STRL("start"));
	Z_TRY_ADDREF_P(v);
	add_assoc_zval(out, "start", v);

	/* attendee: v2 form or flat form */
	att_in = zend_hash_str_find_deref(in, ZEND_STRL("attendee"));
	if (att_in) {
		static const char *const att_keys[] = {"name", "email", "timeZone", "phoneNumber", "language", NULL};
		static const char *const flat_keys[] = {"name", "email", "timeZone", "phone", "language", NULL};
		const char *const *k;
		if (Z_TYPE_P(att_in) != IS_ARRAY) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee must be an array, %s given", zval_type_name(att_in));
			return FAILURE;
		}
		for (k = flat_keys; *k; k++) {
			if (zend_hash_str_exists(in, *k, strlen(*k))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": give either attendee or the flat %s, not both", *k);
				return FAILURE;
			}
		}
		if (check_known_keys(Z_ARRVAL_P(att_in), att_keys, FN_CREATE, "attendee") != SUCCESS) {
			return FAILURE;
		}
		name = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("name"));
		email = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("email"));
		tz = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("timeZone"));
		phone = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("phoneNumber"));
		lang = zend_hash_str_find_deref(Z_ARRVAL_P(att_in), ZEND_STRL("language"));
	} else {
		name = zend_hash_str_find_deref(in, ZEND_STRL("name"));
		email = zend_hash_str_find_deref(in, ZEND_STRL("email"));
		tz = zend_hash_str_find_deref(in, ZEND_STRL("timeZone"));
		phone = zend_hash_str_find_deref(in, ZEND_STRL("phone"));
		lang = zend_hash_str_find_deref(in, ZEND_STRL("language"));
	}
	if (!name || Z_TYPE_P(name) != IS_STRING || Z_STRLEN_P(name) == 0 || Z_STRLEN_P(name) > 255) {
		calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.name is required (a non-empty string of at most 255 bytes)");
		return FAILURE;
	}
	array_init(&attendee);
	Z_TRY_ADDREF_P(name);
	add_assoc_zval(&attendee, "name", name);
	if (email && Z_TYPE_P(email) != IS_NULL) {
		if (Z_TYPE_P(email) != IS_STRING || !cb_email_valid(Z_STRVAL_P(email), Z_STRLEN_P(email))) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.email is not an e-mail address");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(email);
		add_assoc_zval(&attendee, "email", email);
	}
	if (tz && Z_TYPE_P(tz) != IS_NULL) {
		if (Z_TYPE_P(tz) != IS_STRING || !timezone_valid(Z_STR_P(tz))) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.timeZone must be an IANA time zone name such as Europe/Berlin");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(tz);
		add_assoc_zval(&attendee, "timeZone", tz);
	} else {
		add_assoc_string(&attendee, "timeZone", "Europe/Berlin");
	}
	if (phone && Z_TYPE_P(phone) != IS_NULL) {
		bool e164 = Z_TYPE_P(phone) == IS_STRING && cb_e164_valid(Z_STRVAL_P(phone), Z_STRLEN_P(phone));
		if (e164) {
			Z_TRY_ADDREF_P(phone);
			add_assoc_zval(&attendee, "phoneNumber", phone);
		} else if (att_in) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.phoneNumber must be an E.164 number such as +4915112345678");
			return FAILURE;
		}
		/* The flat `phone` is left out when it is not E.164 (Cal.com rejects other formats). */
	}
	if (lang && Z_TYPE_P(lang) != IS_NULL) {
		if (Z_TYPE_P(lang) != IS_STRING || Z_STRLEN_P(lang) == 0 || Z_STRLEN_P(lang) > 10) {
			zval_ptr_dtor(&attendee);
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": attendee.language must be a language code such as \"de\"");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(lang);
		add_assoc_zval(&attendee, "language", lang);
	}
	add_assoc_zval(out, "attendee", &attendee);

	/* guests */
	v = zend_hash_str_find_deref(in, ZEND_STRL("guests"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		zval *g;
		if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": guests must be a list of e-mail addresses");
			return FAILURE;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), g) {
			ZVAL_DEREF(g);
			if (Z_TYPE_P(g) != IS_STRING || !cb_email_valid(Z_STRVAL_P(g), Z_STRLEN_P(g))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": guests must be a list of e-mail addresses");
				return FAILURE;
			}
		} ZEND_HASH_FOREACH_END();
		if (zend_hash_num_elements(Z_ARRVAL_P(v)) > 0) {
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, "guests", v);
		}
	}

	/* location: a string or an object with a type */
	v = zend_hash_str_find_deref(in, ZEND_STRL("location"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			zval *t = zend_hash_str_find_deref(Z_ARRVAL_P(v), ZEND_STRL("type"));
			if (!t || Z_TYPE_P(t) != IS_STRING) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": location must be a string or an array with a \"type\"");
				return FAILURE;
			}
		} else if (Z_TYPE_P(v) != IS_STRING) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": location must be a string or an array with a \"type\"");
			return FAILURE;
		}
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(out, "location", v);
	}

	/* lengthInMinutes, recurrenceCount */
	{
		static const char *const ints[] = {"lengthInMinutes", "recurrenceCount", NULL};
		const char *const *k;
		for (k = ints; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v || Z_TYPE_P(v) == IS_NULL) continue;
			if (!positive_int(v, &id)) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be a positive integer", *k);
				return FAILURE;
			}
			add_assoc_long(out, *k, id);
		}
	}
	v = zend_hash_str_find_deref(in, ZEND_STRL("instant"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
			calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": instant must be a bool");
			return FAILURE;
		}
		add_assoc_bool(out, "instant", Z_TYPE_P(v) == IS_TRUE);
	}

	/* metadata: strings only */
	v = zend_hash_str_find_deref(in, ZEND_STRL("metadata"));
	if (v && Z_TYPE_P(v) != IS_NULL) {
		ZVAL_UNDEF(&tmp);
		if (metadata_strings(v, &tmp) != SUCCESS) {
			if (Z_TYPE(tmp) == IS_OBJECT) zval_ptr_dtor(&tmp);
			return FAILURE;
		}
		if (zend_hash_num_elements(Z_OBJPROP(tmp)) > 0) {
			add_assoc_zval(out, "metadata", &tmp);
		} else {
			zval_ptr_dtor(&tmp);
		}
	}

	/* bookingFieldsResponses, routing: objects passed on */
	{
		static const char *const objs[] = {"bookingFieldsResponses", "routing", NULL};
		const char *const *k;
		for (k = objs; *k; k++) {
			v = zend_hash_str_find_deref(in, *k, strlen(*k));
			if (!v || Z_TYPE_P(v) == IS_NULL) continue;
			if (Z_TYPE_P(v) != IS_ARRAY) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be an array, %s given", *k, zval_type_name(v));
				return FAILURE;
			}
			if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) continue;
			if (zend_array_is_list(Z_ARRVAL_P(v))) {
				calbook_throw(calbook_ce_invalid_argument, FN_CREATE ": %s must be keyed by field name", *k);
				return FAILURE;
			}
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(out, *k, v);
		}
	}
	return SUCCESS;
}

/* The booking in a create response lacks its host: data (or data[0] for recurring bookings)
 * has no non-empty hosts list. Sets *uid to the uid to fetch (borrowed from `resp`). */
static bool create_lacks_host(zval *data, zend_string **uid)
{
	zval *b = data, *hosts, *u;
	*uid = NULL;
	if (Z_TYPE_P(data) != IS_ARRAY) {
		return true;
	}
	if (zend_array_is_list(Z_ARRVAL_P(data))) {
		b = zend_hash_index_find(Z_ARRVAL_P(data), 0);
		if (!b || Z_TYPE_P(b) != IS_ARRAY) {
			return true;
		}
	}
	hosts = zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("hosts"));
	if (hosts && Z_TYPE_P(hosts) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(hosts)) > 0) {
		return false;
	}
	u = b != data ? zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("recurringBookingUid")) : NULL;
	if (!u || Z_TYPE_P(u) != IS_STRING) {
		u = zend_hash_str_find(Z_ARRVAL_P(b), ZEND_STRL("uid"));
	}
	if (u && Z_TYPE_P(u) == IS_STRING) {
		*uid = Z_STR_P(u);
	}
	return true;
}

ZEND_METHOD(Calbook_Client, createBooking)
{
	HashTable *in;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zval body, created, data, arg, fetched;
	cb_req r;
	zend_string *uid = NULL;
	zend_result rc;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(in)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	if (create_body(in, &body) != SUCCESS) {
		zval_ptr_dtor(&body);
		RETURN_THROWS();
	}
	req_init(&r, "POST", "/bookings", "/bookings", FAM_BOOKINGS, false);
	r.is_create_booking = true;
	r.body = json_body(&body, FN_CREATE);
	zval_ptr_dtor(&body);
	if (!r.body) {
		RETURN_THROWS();
	}
	rc = client_execute(c, &r, FN_CREATE, &created);
	req_free(&r);
	if (rc != SUCCESS) {
		RETURN_THROWS();
	}
	if (Z_TYPE(created) != IS_OBJECT) {
		RETURN_THROWS();
	}

	/* Host guaranteed: look at the created booking. */
	{
		zval status_rv;
		zend_call_method_with_0_params(Z_OBJ(created), calbook_ce_response, NULL, "status", &status_rv);
		if (EG(exception) || Z_TYPE(status_rv) != IS_LONG || Z_LVAL(status_rv) < 200 || Z_LVAL(status_rv) >= 300) {
			zval_ptr_dtor(&status_rv);
			RETURN_COPY_VALUE(&created);
		}
	}
	ZVAL_STRINGL(&arg, "data", 4);
	zend_call_method_with_1_params(Z_OBJ(created), calbook_ce_response, NULL, "json", &data, &arg);
	zval_ptr_dtor(&arg);
	if (EG(exception)) {
		zval_ptr_dtor(&data);
		zval_ptr_dtor(&created);
		RETURN_THROWS();
	}
	if (!create_lacks_host(&data, &uid)) {
		zval_ptr_dtor(&data);
		if (client_log_simple(c, "info", NULL, "calbook: create response has hosts") != SUCCESS) {
			zval_ptr_dtor(&created);
			RETURN_THROWS();
		}
		RETURN_COPY_VALUE(&created);
	}
	if (!uid || !cb_uid_valid(ZSTR_VAL(uid), ZSTR_LEN(uid))) {
		zval_ptr_dtor(&data);
		if (client_log_simple(c, "warning", NULL, "calbook: create response without hosts and without a usable uid; returning the create response") != SUCCESS) {
			zval_ptr_dtor(&created);
			RETURN_THROWS();
		}
		RETURN_COPY_VALUE(&created);
	}
	uid = zend_string_copy(uid);
	zval_ptr_dtor(&data);

	/* Fetch the booking once, on the same connection. */
	req_init(&r, "GET", "/bookings/{}", "/bookings/{uid}", FAM_BOOKINGS, true);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	rc = client_execute(c, &r, FN_CREATE, &fetched);
	req_free(&r);
	if (rc == SUCCESS) {
		zval st;
		zend_call_method_with_0_params(Z_OBJ(fetched), calbook_ce_response, NULL, "status", &st);
		if (Z_TYPE(st) == IS_LONG && Z_LVAL(st) >= 200 && Z_LVAL(st) < 300) {
			zval ctx;
			array_init(&ctx);
			add_assoc_str(&ctx, "uid", zend_string_copy(uid));
			rc = client_log_simple(c, "info", &ctx, "calbook: create response without hosts; fetched booking %s", ZSTR_VAL(uid));
			zval_ptr_dtor(&ctx);
			zend_string_release(uid);
			zval_ptr_dtor(&created);
			if (rc != SUCCESS) {
				zval_ptr_dtor(&fetched);
				RETURN_THROWS();
			}
			RETURN_COPY_VALUE(&fetched);
		}
		{
			zval ctx;
			array_init(&ctx);
			add_assoc_str(&ctx, "uid", zend_string_copy(uid));
			add_assoc_long(&ctx, "status", Z_TYPE(st) == IS_LONG ? Z_LVAL(st) : 0);
			zval_ptr_dtor(&fetched);
			rc = client_log_simple(c, "warning", &ctx, "calbook: create response without hosts; fetching booking %s failed with HTTP " ZEND_LONG_FMT "; returning the create response",
				ZSTR_VAL(uid), Z_TYPE(st) == IS_LONG ? Z_LVAL(st) : 0);
			zval_ptr_dtor(&ctx);
		}
	} else if (EG(exception) && instanceof_function(EG(exception)->ce, calbook_ce_runtime)) {
		/* The booking exists: never hide it behind a failed fetch. */
		zval ctx;
		zend_clear_exception();
		array_init(&ctx);
		add_assoc_str(&ctx, "uid", zend_string_copy(uid));
		rc = client_log_simple(c, "warning", &ctx, "calbook: create response without hosts; fetching booking %s failed; returning the create response", ZSTR_VAL(uid));
		zval_ptr_dtor(&ctx);
	} else {
		/* The logger threw during the fetch. */
		rc = FAILURE;
	}
	zend_string_release(uid);
	if (rc != SUCCESS) {
		zval_ptr_dtor(&created);
		RETURN_THROWS();
	}
	RETURN_COPY_VALUE(&created);
}
/* }}} */

/* {{{ bookings */
ZEND_METHOD(Calbook_Client, getBooking)
{
	zend_string *s_id = NULL;
	zend_long l_id = 0;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR_OR_LONG(s_id, l_id)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	req_init(&r, "GET", "/bookings/{}", "/bookings/{uid}", FAM_BOOKINGS, true);
	if (s_id) {
		if (check_uid(s_id, "Calbook\\Client::getBooking()", "the booking uid") != SUCCESS) {
			RETURN_THROWS();
		}
		req_seg(&r, ZSTR_VAL(s_id), ZSTR_LEN(s_id));
	} else {
		int n;
		if (check_id(l_id, "Calbook\\Client::getBooking()", "the booking id") != SUCCESS) {
			RETURN_THROWS();
		}
		n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, l_id);
		req_seg(&r, buf, (size_t) n);
	}
	EXECUTE(c, &r, "Calbook\\Client::getBooking()");
}

#define FN(m) "Calbook\\Client::" m "()"

/* Sets r->query from a PHP array. */
static zend_result req_query(cb_req *r, HashTable *q, const char *fn, const char *what)
{
	if (!q || zend_hash_num_elements(q) == 0) {
		return SUCCESS;
	}
	return query_build(q, &r->query, fn, what);
}

/* Sets r->body to the JSON of `v`. */
static zend_result req_json(cb_req *r, zval *v, const char *fn)
{
	r->body = json_body(v, fn);
	return r->body ? SUCCESS : FAILURE;
}

static zend_result req_json_ht(cb_req *r, HashTable *ht, const char *fn)
{
	zval z;
	ZVAL_ARR(&z, ht);
	return req_json(r, &z, fn);
}

ZEND_METHOD(Calbook_Client, getBookings)
{
	HashTable *filters = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(filters)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	req_init(&r, "GET", "/bookings", "/bookings", FAM_BOOKINGS, true);
	if (req_query(&r, filters, FN("getBookings"), "filter") != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("getBookings"));
}

/* cancelBooking() and declineBooking(): a uid and an optional reason sent as `reason_key`. */
static void uid_reason_call(INTERNAL_FUNCTION_PARAMETERS, const char *fn, const char *path_fmt,
	const char *path_template, const char *reason_key, bool idempotent)
{
	zend_string *uid, *reason = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval body;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, fn, "the booking uid") != SUCCESS) {
		RETURN_THROWS();
	}
	req_init(&r, "POST", path_fmt, path_template, FAM_BOOKINGS, idempotent);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	array_init(&body);
	if (reason) {
		add_assoc_str(&body, reason_key, zend_string_copy(reason));
	}
	if (req_json(&r, &body, fn) != SUCCESS) {
		zval_ptr_dtor(&body);
		req_free(&r);
		RETURN_THROWS();
	}
	zval_ptr_dtor(&body);
	EXECUTE(c, &r, fn);
}

ZEND_METHOD(Calbook_Client, cancelBooking)
{
	uid_reason_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, FN("cancelBooking"), "/bookings/{}/cancel", "/bookings/{uid}/cancel",
		"cancellationReason", false);
}

ZEND_METHOD(Calbook_Client, rescheduleBooking)
{
	static const char *const keys[] = {"start", "rescheduledBy", "reschedulingReason", "emailVerificationCode", "seatUid", NULL};
	zend_string *uid;
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, FN("rescheduleBooking"), "the booking uid") != SUCCESS
		|| check_known_keys(data, keys, FN("rescheduleBooking"), "the reschedule data") != SUCCESS
		|| require_utc(data, "start", FN("rescheduleBooking"), "start", true) != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("rescheduledBy"));
	if (v && (Z_TYPE_P(v) != IS_STRING || !cb_email_valid(Z_STRVAL_P(v), Z_STRLEN_P(v)))) {
		calbook_throw(calbook_ce_invalid_argument, FN("rescheduleBooking") ": rescheduledBy must be an e-mail address");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("reschedulingReason"));
	if (v && Z_TYPE_P(v) != IS_STRING) {
		calbook_throw(calbook_ce_invalid_argument, FN("rescheduleBooking") ": reschedulingReason must be a string");
		RETURN_THROWS();
	}
	req_init(&r, "POST", "/bookings/{}/reschedule", "/bookings/{uid}/reschedule", FAM_BOOKINGS, false);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	if (req_json_ht(&r, data, FN("rescheduleBooking")) != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("rescheduleBooking"));
}

ZEND_METHOD(Calbook_Client, reassignBooking)
{
	zend_string *uid, *reason = NULL;
	zend_long user_id = 0;
	bool user_null = true;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];
	zval body;

	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(uid)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(user_id, user_null)
		Z_PARAM_STR_OR_NULL(reason)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, FN("reassignBooking"), "the booking uid") != SUCCESS) {
		RETURN_THROWS();
	}
	if (user_null) {
		if (reason) {
			calbook_throw(calbook_ce_invalid_argument, FN("reassignBooking") ": a reason needs a userId (Cal.com takes a reason only when reassigning to a given user)");
			RETURN_THROWS();
		}
		req_init(&r, "POST", "/bookings/{}/reassign", "/bookings/{uid}/reassign", FAM_BOOKINGS, false);
		req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	} else {
		int n;
		if (check_id(user_id, FN("reassignBooking"), "userId") != SUCCESS) {
			RETURN_THROWS();
		}
		n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, user_id);
		req_init(&r, "POST", "/bookings/{}/reassign/{}", "/bookings/{uid}/reassign/{userId}", FAM_BOOKINGS, false);
		req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
		req_seg(&r, buf, (size_t) n);
	}
	if (user_null) {
		/* POST /reassign takes no body. */
		EXECUTE(c, &r, FN("reassignBooking"));
	}
	array_init(&body);
	if (reason) {
		add_assoc_str(&body, "reason", zend_string_copy(reason));
	}
	if (req_json(&r, &body, FN("reassignBooking")) != SUCCESS) {
		zval_ptr_dtor(&body);
		req_free(&r);
		RETURN_THROWS();
	}
	zval_ptr_dtor(&body);
	EXECUTE(c, &r, FN("reassignBooking"));
}

ZEND_METHOD(Calbook_Client, confirmBooking)
{
	zend_string *uid;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(uid)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, FN("confirmBooking"), "the booking uid") != SUCCESS) {
		RETURN_THROWS();
	}
	req_init(&r, "POST", "/bookings/{}/confirm", "/bookings/{uid}/confirm", FAM_BOOKINGS, true);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	EXECUTE(c, &r, FN("confirmBooking"));
}

ZEND_METHOD(Calbook_Client, declineBooking)
{
	uid_reason_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, FN("declineBooking"), "/bookings/{}/decline", "/bookings/{uid}/decline",
		"reason", true);
}

ZEND_METHOD(Calbook_Client, markAbsent)
{
	static const char *const keys[] = {"host", "attendees", NULL};
	zend_string *uid;
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v, *a;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(uid)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, FN("markAbsent"), "the booking uid") != SUCCESS
		|| check_known_keys(data, keys, FN("markAbsent"), "the absence data") != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("host"));
	if (v && Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": host must be a bool");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("attendees"));
	if (v) {
		if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": attendees must be a list of ['email' => ..., 'absent' => bool]");
			RETURN_THROWS();
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), a) {
			zval *e, *ab;
			ZVAL_DEREF(a);
			if (Z_TYPE_P(a) != IS_ARRAY
				|| !(e = zend_hash_str_find_deref(Z_ARRVAL_P(a), ZEND_STRL("email"))) || Z_TYPE_P(e) != IS_STRING
				|| !cb_email_valid(Z_STRVAL_P(e), Z_STRLEN_P(e))
				|| !(ab = zend_hash_str_find_deref(Z_ARRVAL_P(a), ZEND_STRL("absent")))
				|| (Z_TYPE_P(ab) != IS_TRUE && Z_TYPE_P(ab) != IS_FALSE)) {
				calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": attendees must be a list of ['email' => ..., 'absent' => bool]");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (zend_hash_num_elements(data) == 0) {
		calbook_throw(calbook_ce_invalid_argument, FN("markAbsent") ": give host and/or attendees");
		RETURN_THROWS();
	}
	req_init(&r, "POST", "/bookings/{}/mark-absent", "/bookings/{uid}/mark-absent", FAM_BOOKINGS, true);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	if (req_json_ht(&r, data, FN("markAbsent")) != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("markAbsent"));
}
/* }}} */

/* {{{ slots */
static bool iso_date_or_time(zval *v)
{
	size_t i;
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) < 10 || Z_STRLEN_P(v) > 40) {
		return false;
	}
	for (i = 0; i < 10; i++) {
		char ch = Z_STRVAL_P(v)[i];
		if ((i == 4 || i == 7) ? ch != '-' : (ch < '0' || ch > '9')) {
			return false;
		}
	}
	for (i = 10; i < Z_STRLEN_P(v); i++) {
		unsigned char ch = (unsigned char) Z_STRVAL_P(v)[i];
		if (ch <= 0x20 || ch >= 0x7f) {
			return false;
		}
	}
	return Z_STRLEN_P(v) == 10 || Z_STRVAL_P(v)[10] == 'T';
}

ZEND_METHOD(Calbook_Client, getAvailableSlots)
{
	HashTable *query;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v;
	zend_long id;
	const char *k[] = {"start", "end"};
	int i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(query)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	for (i = 0; i < 2; i++) {
		v = zend_hash_str_find_deref(query, k[i], strlen(k[i]));
		if (!v || !iso_date_or_time(v)) {
			calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": %s is required (an ISO 8601 date or UTC time such as 2030-01-08)", k[i]);
			RETURN_THROWS();
		}
	}
	v = zend_hash_str_find_deref(query, ZEND_STRL("eventTypeId"));
	if (v && !positive_int(v, &id)) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": eventTypeId must be a positive integer");
		RETURN_THROWS();
	}
	if (!v && !zend_hash_str_exists(query, ZEND_STRL("eventTypeSlug")) && !zend_hash_str_exists(query, ZEND_STRL("usernames"))) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": eventTypeId is required (or eventTypeSlug with username or teamSlug, or usernames)");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(query, ZEND_STRL("timeZone"));
	if (v && (Z_TYPE_P(v) != IS_STRING || !timezone_valid(Z_STR_P(v)))) {
		calbook_throw(calbook_ce_invalid_argument, FN("getAvailableSlots") ": timeZone must be an IANA time zone name such as Europe/Berlin");
		RETURN_THROWS();
	}
	req_init(&r, "GET", "/slots", "/slots", FAM_SLOTS, true);
	if (req_query(&r, query, FN("getAvailableSlots"), "query parameter") != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("getAvailableSlots"));
}

ZEND_METHOD(Calbook_Client, reserveSlot)
{
	static const char *const keys[] = {"eventTypeId", "slotStart", "slotDuration", "reservationDuration", NULL};
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v, body;
	zend_long id;
	int i;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_known_keys(data, keys, FN("reserveSlot"), "the reservation") != SUCCESS
		|| require_utc(data, "slotStart", FN("reserveSlot"), "slotStart", true) != SUCCESS) {
		RETURN_THROWS();
	}
	array_init(&body);
	for (i = 0; i < 4; i++) {
		v = zend_hash_str_find_deref(data, keys[i], strlen(keys[i]));
		if (i == 1) {
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(&body, keys[i], v);
			continue;
		}
		if (!v && i == 0) {
			zval_ptr_dtor(&body);
			calbook_throw(calbook_ce_invalid_argument, FN("reserveSlot") ": eventTypeId is required (a positive integer)");
			RETURN_THROWS();
		}
		if (!v) continue;
		if (!positive_int(v, &id)) {
			zval_ptr_dtor(&body);
			calbook_throw(calbook_ce_invalid_argument, FN("reserveSlot") ": %s must be a positive integer", keys[i]);
			RETURN_THROWS();
		}
		add_assoc_long(&body, keys[i], id);
	}
	req_init(&r, "POST", "/slots/reservations", "/slots/reservations", FAM_SLOTS, false);
	r.what = "reservation";
	if (req_json(&r, &body, FN("reserveSlot")) != SUCCESS) {
		zval_ptr_dtor(&body);
		req_free(&r);
		RETURN_THROWS();
	}
	zval_ptr_dtor(&body);
	EXECUTE(c, &r, FN("reserveSlot"));
}

ZEND_METHOD(Calbook_Client, releaseSlot)
{
	zend_string *uid;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(uid)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_uid(uid, FN("releaseSlot"), "the reservation uid") != SUCCESS) {
		RETURN_THROWS();
	}
	req_init(&r, "DELETE", "/slots/reservations/{}", "/slots/reservations/{uid}", FAM_SLOTS, true);
	req_seg(&r, ZSTR_VAL(uid), ZSTR_LEN(uid));
	EXECUTE(c, &r, FN("releaseSlot"));
}
/* }}} */

/* {{{ event types: team-scoped with team_id, else global (2024-06-14) */
static void event_type_req(calbook_client *c, cb_req *r, const char *method, bool with_id, bool idempotent, char *team_buf, char *id_buf, zend_long id)
{
	if (c->team_id) {
		int n = snprintf(team_buf, 32, ZEND_LONG_FMT, c->team_id);
		req_init(r, method, with_id ? "/teams/{}/event-types/{}" : "/teams/{}/event-types",
			with_id ? "/teams/{teamId}/event-types/{id}" : "/teams/{teamId}/event-types", FAM_TEAMS, idempotent);
		req_seg(r, team_buf, (size_t) n);
	} else {
		req_init(r, method, with_id ? "/event-types/{}" : "/event-types",
			with_id ? "/event-types/{id}" : "/event-types", FAM_EVENT_TYPES, idempotent);
	}
	if (with_id) {
		int n = snprintf(id_buf, 32, ZEND_LONG_FMT, id);
		req_seg(r, id_buf, (size_t) n);
	}
}

ZEND_METHOD(Calbook_Client, getEventTypes)
{
	HashTable *query = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char tb[32], ib[32];

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(query)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	event_type_req(c, &r, "GET", false, true, tb, ib, 0);
	if (req_query(&r, query, FN("getEventTypes"), "query parameter") != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("getEventTypes"));
}

ZEND_METHOD(Calbook_Client, getEventType)
{
	zend_long id;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char tb[32], ib[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_id(id, FN("getEventType"), "the event type id") != SUCCESS) {
		RETURN_THROWS();
	}
	event_type_req(c, &r, "GET", true, true, tb, ib, id);
	EXECUTE(c, &r, FN("getEventType"));
}

static zend_result event_type_data_check(HashTable *data, bool create, const char *fn)
{
	zval *v;
	zend_long n;
	zend_string *key;

	ZEND_HASH_FOREACH_STR_KEY(data, key) {
		if (!key) {
			calbook_throw(calbook_ce_invalid_argument, "%s: the event type must be keyed by field name", fn);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	if (!create && zend_hash_num_elements(data) == 0) {
		calbook_throw(calbook_ce_invalid_argument, "%s: nothing to update", fn);
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("lengthInMinutes"));
	if ((create && !v) || (v && !(Z_TYPE_P(v) == IS_LONG && positive_int(v, &n)))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: lengthInMinutes %s a positive integer", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("title"));
	if ((create && !v) || (v && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: title %s a non-empty string", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("slug"));
	if ((create && !v) || (v && (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0))) {
		calbook_throw(calbook_ce_invalid_argument, "%s: slug %s a non-empty string", fn, create && !v ? "is required:" : "must be");
		return FAILURE;
	}
	return SUCCESS;
}

ZEND_METHOD(Calbook_Client, createEventType)
{
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char tb[32], ib[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (event_type_data_check(data, true, FN("createEventType")) != SUCCESS) {
		RETURN_THROWS();
	}
	event_type_req(c, &r, "POST", false, false, tb, ib, 0);
	r.what = "event type";
	if (req_json_ht(&r, data, FN("createEventType")) != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("createEventType"));
}

ZEND_METHOD(Calbook_Client, updateEventType)
{
	zend_long id;
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char tb[32], ib[32];

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_LONG(id)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_id(id, FN("updateEventType"), "the event type id") != SUCCESS
		|| event_type_data_check(data, false, FN("updateEventType")) != SUCCESS) {
		RETURN_THROWS();
	}
	/* PATCH with the same fields is idempotent. */
	event_type_req(c, &r, "PATCH", true, true, tb, ib, id);
	if (req_json_ht(&r, data, FN("updateEventType")) != SUCCESS) {
		req_free(&r);
		RETURN_THROWS();
	}
	EXECUTE(c, &r, FN("updateEventType"));
}

ZEND_METHOD(Calbook_Client, deleteEventType)
{
	zend_long id;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char tb[32], ib[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_LONG(id)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_id(id, FN("deleteEventType"), "the event type id") != SUCCESS) {
		RETURN_THROWS();
	}
	event_type_req(c, &r, "DELETE", true, true, tb, ib, id);
	EXECUTE(c, &r, FN("deleteEventType"));
}
/* }}} */

/* {{{ webhooks, team members */
ZEND_METHOD(Calbook_Client, getWebhooks)
{
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;

	ZEND_PARSE_PARAMETERS_NONE();
	CLIENT_READY(c);
	req_init(&r, "GET", "/webhooks", "/webhooks", FAM_WEBHOOKS, true);
	EXECUTE(c, &r, FN("getWebhooks"));
}

ZEND_METHOD(Calbook_Client, createWebhook)
{
	static const char *const keys[] = {"subscriberUrl", "triggers", "active", "payloadTemplate", "secret", "version", NULL};
	HashTable *data;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v, *t, body;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (check_known_keys(data, keys, FN("createWebhook"), "the webhook") != SUCCESS) {
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("subscriberUrl"));
	if (!v || Z_TYPE_P(v) != IS_STRING || !(strncasecmp(Z_STRVAL_P(v), "https://", 8) == 0 || strncasecmp(Z_STRVAL_P(v), "http://", 7) == 0)
		|| strlen(Z_STRVAL_P(v)) != Z_STRLEN_P(v)) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": subscriberUrl is required (an http(s) URL)");
		RETURN_THROWS();
	}
	v = zend_hash_str_find_deref(data, ZEND_STRL("triggers"));
	if (!v || Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) == 0 || !zend_array_is_list(Z_ARRVAL_P(v))) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": triggers is required (a non-empty list of trigger names such as BOOKING_CREATED)");
		RETURN_THROWS();
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), t) {
		ZVAL_DEREF(t);
		if (Z_TYPE_P(t) != IS_STRING || Z_STRLEN_P(t) == 0) {
			calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": triggers must be a list of trigger names such as BOOKING_CREATED");
			RETURN_THROWS();
		}
	} ZEND_HASH_FOREACH_END();
	v = zend_hash_str_find_deref(data, ZEND_STRL("active"));
	if (v && Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		calbook_throw(calbook_ce_invalid_argument, FN("createWebhook") ": active must be a bool");
		RETURN_THROWS();
	}
	/* Cal.com requires `active`; it defaults to true here. */
	ZVAL_ARR(&body, zend_array_dup(data));
	if (!v) {
		add_assoc_bool(&body, "active", 1);
	}
	req_init(&r, "POST", "/webhooks", "/webhooks", FAM_WEBHOOKS, false);
	r.what = "webhook";
	if (req_json(&r, &body, FN("createWebhook")) != SUCCESS) {
		zval_ptr_dtor(&body);
		req_free(&r);
		RETURN_THROWS();
	}
	zval_ptr_dtor(&body);
	EXECUTE(c, &r, FN("createWebhook"));
}

ZEND_METHOD(Calbook_Client, deleteWebhook)
{
	zend_string *s_id = NULL;
	zend_long l_id = 0;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR_OR_LONG(s_id, l_id)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	req_init(&r, "DELETE", "/webhooks/{}", "/webhooks/{id}", FAM_WEBHOOKS, true);
	if (s_id) {
		if (check_uid(s_id, FN("deleteWebhook"), "the webhook id") != SUCCESS) {
			RETURN_THROWS();
		}
		req_seg(&r, ZSTR_VAL(s_id), ZSTR_LEN(s_id));
	} else {
		int n;
		if (check_id(l_id, FN("deleteWebhook"), "the webhook id") != SUCCESS) {
			RETURN_THROWS();
		}
		n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, l_id);
		req_seg(&r, buf, (size_t) n);
	}
	EXECUTE(c, &r, FN("deleteWebhook"));
}

ZEND_METHOD(Calbook_Client, getTeamMembers)
{
	zend_long team = 0;
	bool team_null = true;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	char buf[32];
	int n;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(team, team_null)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);
	if (team_null) {
		team = c->team_id;
		if (!team) {
			calbook_throw(calbook_ce_invalid_argument, FN("getTeamMembers") ": no team: pass a teamId or set the team_id option");
			RETURN_THROWS();
		}
	} else if (check_id(team, FN("getTeamMembers"), "teamId") != SUCCESS) {
		RETURN_THROWS();
	}
	n = snprintf(buf, sizeof(buf), ZEND_LONG_FMT, team);
	req_init(&r, "GET", "/teams/{}/memberships", "/teams/{teamId}/memberships", FAM_MEMBERSHIPS, true);
	req_seg(&r, buf, (size_t) n);
	EXECUTE(c, &r, FN("getTeamMembers"));
}
/* }}} */

/* {{{ request(): anything else */
static int family_of_path(const char *p)
{
	if (strncmp(p, "/bookings", 9) == 0 && (p[9] == '\0' || p[9] == '/')) return FAM_BOOKINGS;
	if (strncmp(p, "/slots", 6) == 0 && (p[6] == '\0' || p[6] == '/')) return FAM_SLOTS;
	if (strncmp(p, "/event-types", 12) == 0 && (p[12] == '\0' || p[12] == '/')) return FAM_EVENT_TYPES;
	if (strncmp(p, "/schedules", 10) == 0 && (p[10] == '\0' || p[10] == '/')) return FAM_SCHEDULES;
	if (strncmp(p, "/webhooks", 9) == 0 && (p[9] == '\0' || p[9] == '/')) return FAM_WEBHOOKS;
	if (strncmp(p, "/teams", 6) == 0 && (p[6] == '\0' || p[6] == '/')) {
		return strstr(p, "/memberships") ? FAM_MEMBERSHIPS : FAM_TEAMS;
	}
	return FAM_OTHER;
}

ZEND_METHOD(Calbook_Client, request)
{
	static const char *const keys[] = {"query", "json", "api_version", "idempotent", NULL};
	zend_string *method, *path;
	HashTable *opts = NULL;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	cb_req r;
	zval *v;
	const char *m;
	bool idempotent;
	zend_string *pathz;

	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(method)
		Z_PARAM_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(opts)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	if (zend_string_equals_literal_ci(method, "GET")) m = "GET";
	else if (zend_string_equals_literal_ci(method, "POST")) m = "POST";
	else if (zend_string_equals_literal_ci(method, "PATCH")) m = "PATCH";
	else if (zend_string_equals_literal_ci(method, "PUT")) m = "PUT";
	else if (zend_string_equals_literal_ci(method, "DELETE")) m = "DELETE";
	else {
		calbook_throw(calbook_ce_invalid_argument, FN("request") ": method must be GET, POST, PATCH, PUT or DELETE");
		RETURN_THROWS();
	}
	if (strlen(ZSTR_VAL(path)) != ZSTR_LEN(path) || cb_path_check(ZSTR_VAL(path), ZSTR_LEN(path)) != CB_URL_OK) {
		calbook_throw(calbook_ce_invalid_argument, FN("request") ": path must be relative to base_url and start with '/' (such as /me or /bookings/abc), "
			"without \"..\", \"//\", query or fragment (use the query option), spaces or control characters");
		RETURN_THROWS();
	}
	if (opts && check_known_keys(opts, keys, FN("request"), "the options") != SUCCESS) {
		RETURN_THROWS();
	}
	idempotent = strcmp(m, "GET") == 0 || strcmp(m, "PUT") == 0 || strcmp(m, "DELETE") == 0;
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("idempotent")))) {
		if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"idempotent\" must be a bool");
			RETURN_THROWS();
		}
		idempotent = Z_TYPE_P(v) == IS_TRUE;
	}
	pathz = zend_string_copy(path);
	req_init(&r, m, ZSTR_VAL(pathz), ZSTR_VAL(pathz), family_of_path(ZSTR_VAL(pathz)), idempotent);
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("api_version")))) {
		if (Z_TYPE_P(v) != IS_NULL && (Z_TYPE_P(v) != IS_STRING || !version_valid(Z_STR_P(v)))) {
			zend_string_release(pathz);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"api_version\" must be a version such as \"2024-08-13\", or null for none");
			RETURN_THROWS();
		}
		r.version_override = true;
		r.version = Z_TYPE_P(v) == IS_STRING ? zend_string_copy(Z_STR_P(v)) : NULL;
	}
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("query"))) && Z_TYPE_P(v) != IS_NULL) {
		if (Z_TYPE_P(v) != IS_ARRAY) {
			req_free(&r);
			zend_string_release(pathz);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": option \"query\" must be an array");
			RETURN_THROWS();
		}
		if (req_query(&r, Z_ARRVAL_P(v), FN("request"), "query parameter") != SUCCESS) {
			req_free(&r);
			zend_string_release(pathz);
			RETURN_THROWS();
		}
	}
	if (opts && (v = zend_hash_str_find_deref(opts, ZEND_STRL("json"))) && Z_TYPE_P(v) != IS_NULL) {
		if (strcmp(m, "GET") == 0) {
			req_free(&r);
			zend_string_release(pathz);
			calbook_throw(calbook_ce_invalid_argument, FN("request") ": a GET request takes no json body");
			RETURN_THROWS();
		}
		if (req_json(&r, v, FN("request")) != SUCCESS) {
			req_free(&r);
			zend_string_release(pathz);
			RETURN_THROWS();
		}
	}
	{
		zend_result rc = client_execute(c, &r, FN("request"), return_value);
		req_free(&r);
		zend_string_release(pathz);
		if (rc != SUCCESS) {
			RETURN_THROWS();
		}
	}
}
/* }}} */

ZEND_METHOD(Calbook_Client, stats)
{
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);

	ZEND_PARSE_PARAMETERS_NONE();
	array_init_size(return_value, 7);
	add_assoc_long(return_value, "requests", c->st_requests);
	add_assoc_long(return_value, "retries", c->st_retries);
	add_assoc_long(return_value, "connections_opened", c->st_opened);
	add_assoc_long(return_value, "connections_reused", c->st_reused);
	add_assoc_long(return_value, "bytes_sent", c->st_sent);
	add_assoc_long(return_value, "bytes_received", c->st_received);
	add_assoc_long(return_value, "logger_errors", c->st_logger_errors);
}

/* {{{ getBookingsByUid: parallel GETs over curl_multi */
#define FN_MANY "Calbook\\Client::getBookingsByUid()"

typedef struct {
	zend_string *uid;
	smart_str url;
	cb_xfer x;
	CURL *easy;
	int attempt;
	zend_long not_before_ms;
	bool active;
	bool done;
} cb_many_item;

static zend_long mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (zend_long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Turns the pending exception into a value (the caller stores it in the results). */
static void take_exception(zval *out)
{
	zend_object *ex = EG(exception);
	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_OBJ(out, ex);
}

ZEND_METHOD(Calbook_Client, getBookingsByUid)
{
	HashTable *uids;
	zend_long concurrency = 8;
	calbook_client *c = Z_CLIENT_P(ZEND_THIS);
	zval *v;
	HashTable seen;
	cb_many_item *items = NULL;
	CURL **free_easies = NULL;
	int n = 0, nfree = 0, i, done = 0, active = 0;
	CURLM *multi = NULL;
	zend_long pause_until = 0;
	long budget = -1; /* requests left in the rate-limit window (-1 unknown) */
	zend_string *log_path;
	CURLSH *share = NULL;
	cb_http_opts o;
	bool failed = false;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(uids)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();
	CLIENT_READY(c);

	if (concurrency < 1 || concurrency > 64) {
		calbook_throw(calbook_ce_invalid_argument, FN_MANY ": concurrency must be from 1 to 64, " ZEND_LONG_FMT " given", concurrency);
		RETURN_THROWS();
	}
	/* Every uid is checked before any request. */
	ZEND_HASH_FOREACH_VAL(uids, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_STRING || !cb_uid_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN_MANY ": every uid must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_' (%s at position %d)",
				Z_TYPE_P(v) == IS_STRING ? "a malformed uid" : zend_zval_type_name(v), n);
			RETURN_THROWS();
		}
		n++;
	} ZEND_HASH_FOREACH_END();

	array_init_size(return_value, (uint32_t) n);
	if (n == 0) {
		return;
	}
	zend_hash_init(&seen, (uint32_t) n, NULL, NULL, 0);
	items = ecalloc((size_t) n, sizeof(*items));
	n = 0;
	ZEND_HASH_FOREACH_VAL(uids, v) {
		zval nul;
		ZVAL_DEREF(v);
		if (zend_hash_exists(&seen, Z_STR_P(v))) {
			continue;
		}
		ZVAL_NULL(&nul);
		zend_hash_add_new(&seen, Z_STR_P(v), &nul);
		zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(v), &nul);
		items[n].uid = zend_string_copy(Z_STR_P(v));
		xfer_init(&items[n].x, (size_t) c->max_response_bytes);
		{
			cb_req r;
			req_init(&r, "GET", "/bookings/{}", "/bookings/{uid}", FAM_BOOKINGS, true);
			req_seg(&r, ZSTR_VAL(items[n].uid), ZSTR_LEN(items[n].uid));
			req_url(c, &r, &items[n].url, FN_MANY);
		}
		n++;
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&seen);

	log_path = zend_string_concat2(ZSTR_VAL(c->base_path), ZSTR_LEN(c->base_path), ZEND_STRL("/bookings/{uid}"));
	client_http_opts(c, &o);
	if (c->persistent) {
		share = pool_get(true)->share;
	}
	if (concurrency > n) {
		concurrency = n;
	}
	multi = curl_multi_init();
	free_easies = ecalloc((size_t) concurrency, sizeof(CURL *));
	if (multi) {
		curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long) concurrency);
	}

	while (!failed && done < n && multi) {
		zend_long now = mono_ms();
		int running = 0, msgs, finished = 0;
		CURLMsg *msg;

		if (budget == 0 && now >= pause_until && active == 0) {
			budget = -1; /* the window has reset */
		}

		/* Start what may start: within the concurrency, outside a rate-limit pause. */
		for (i = 0; i < n && active < concurrency && now >= pause_until && budget != 0; i++) {
			cb_many_item *it = &items[i];
			CURL *h;
			if (it->done || it->active || it->not_before_ms > now) {
				continue;
			}
			h = nfree > 0 ? free_easies[--nfree] : cb_http_easy_new(&o, share);
			if (!h) {
				zval ex;
				calbook_throw_transport(false, CURLE_FAILED_INIT, it->attempt + 1, FN_MANY ": GET %s could not start: libcurl failed to initialise", ZSTR_VAL(log_path));
				take_exception(&ex);
				zend_symtable_update(Z_ARRVAL_P(return_value), it->uid, &ex);
				it->done = true;
				done++;
				continue;
			}
			it->easy = h;
			it->attempt++;
			xfer_free(&it->x);
			xfer_init(&it->x, (size_t) c->max_response_bytes);
			cb_http_easy_reset_request(h);
			curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(it->url.s));
			curl_easy_setopt(h, CURLOPT_HTTPHEADER, c->headers[FAM_BOOKINGS]);
			curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, xfer_header_cb);
			curl_easy_setopt(h, CURLOPT_HEADERDATA, &it->x);
			curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, xfer_write_cb);
			curl_easy_setopt(h, CURLOPT_WRITEDATA, &it->x);
			curl_easy_setopt(h, CURLOPT_PRIVATE, it);
			if (curl_multi_add_handle(multi, h) != CURLM_OK) {
				zval ex;
				curl_easy_cleanup(h);
				it->easy = NULL;
				calbook_throw_transport(false, CURLE_FAILED_INIT, it->attempt, FN_MANY ": GET %s could not start", ZSTR_VAL(log_path));
				take_exception(&ex);
				zend_symtable_update(Z_ARRVAL_P(return_value), it->uid, &ex);
				it->done = true;
				done++;
				continue;
			}
			it->active = true;
			active++;
			if (budget > 0) {
				budget--;
			}
		}
		if (active == 0) {
			/* Everything left waits: for a backoff or for the rate limit to reset. */
			zend_long wake = pause_until > now ? pause_until : 0;
			for (i = 0; i < n; i++) {
				if (!items[i].done && (wake == 0 || items[i].not_before_ms < wake) && items[i].not_before_ms > now) {
					wake = items[i].not_before_ms;
				}
			}
			if (pause_until > wake) wake = pause_until;
			sleep_ms(wake > now ? (long) (wake - now) : 1);
			continue;
		}

		curl_multi_perform(multi, &running);
		while ((msg = curl_multi_info_read(multi, &msgs)) != NULL) {
			cb_many_item *it;
			CURL *h;
			long code = 0, nconn = 0, req_size = 0, hdr_size = 0;
			curl_off_t down = 0, total_us = 0;
			cb_fail_kind fail;
			cb_retry_action action;
			long reset_s = -1, remaining;
			CURLcode rc;

			if (msg->msg != CURLMSG_DONE) {
				continue;
			}
			h = msg->easy_handle;
			rc = msg->data.result;
			curl_easy_getinfo(h, CURLINFO_PRIVATE, (char **) &it);
			curl_multi_remove_handle(multi, h);
			it->active = false;
			it->easy = NULL;
			active--;
			finished++;

			curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
			curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &nconn);
			curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &req_size);
			curl_easy_getinfo(h, CURLINFO_HEADER_SIZE, &hdr_size);
			curl_easy_getinfo(h, CURLINFO_SIZE_DOWNLOAD_T, &down);
			curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total_us);
			c->st_requests++;
			if (nconn > 0) {
				c->st_opened += nconn;
			} else if (rc == CURLE_OK) {
				c->st_reused++;
			}
			c->st_sent += req_size;
			c->st_received += hdr_size + (zend_long) down;

			fail = cb_fail_classify((int) rc, req_size, it->x.too_large, 0);
			if (fail == CB_FAIL_NONE) {
				if (code == 429) {
					reset_s = headers_reset_seconds(&it->x.headers);
				}
				/* The rate-limit budget: what the server has left, minus what is in flight. */
				remaining = headers_remaining(&it->x.headers);
				if (remaining >= 0) {
					budget = remaining > active ? remaining - active : 0;
					if (budget == 0) {
						long rs = headers_reset_seconds(&it->x.headers);
						if (rs < 0 || rs > CB_RATE_LIMIT_CAP_S) {
							/* No usable reset: go on one request at a time, a 429 is waited out. */
							budget = -1;
						} else if (now + rs * 1000 > pause_until) {
							pause_until = mono_ms() + rs * 1000;
						}
					}
				}
				curl_easy_setopt(h, CURLOPT_HEADERDATA, NULL);
				curl_easy_setopt(h, CURLOPT_WRITEDATA, NULL);
				free_easies[nfree++] = h;
			} else {
				/* A failed connection is not reused. */
				curl_easy_cleanup(h);
			}
			action = cb_retry_decide(1, fail, code, it->attempt, (int) c->max_retries, reset_s, CB_RATE_LIMIT_CAP_S);

			if (Z_TYPE(c->logger) != IS_UNDEF && !failed) {
				zval ctx;
				zend_string *m;
				zend_string *reqid = fail == CB_FAIL_NONE ? headers_first(&it->x.headers, ZEND_STRL("x-request-id")) : NULL;
				array_init_size(&ctx, 8);
				add_assoc_string(&ctx, "method", "GET");
				add_assoc_str(&ctx, "path", zend_string_copy(log_path));
				if (fail == CB_FAIL_NONE) add_assoc_long(&ctx, "status", code); else add_assoc_null(&ctx, "status");
				add_assoc_double(&ctx, "duration_ms", (double) total_us / 1000.0);
				add_assoc_long(&ctx, "attempt", it->attempt);
				if (reqid) add_assoc_str(&ctx, "request_id", zend_string_copy(reqid)); else add_assoc_null(&ctx, "request_id");
				add_assoc_string(&ctx, "connection", nconn > 0 ? "new" : "reused");
				if (fail != CB_FAIL_NONE) {
					add_assoc_long(&ctx, "curl_code", (zend_long) rc);
					m = zend_strpprintf(0, "calbook: GET %s failed: %s", ZSTR_VAL(log_path),
						fail == CB_FAIL_TOO_LARGE ? "response too large" : curl_easy_strerror(rc));
				} else {
					m = zend_strpprintf(0, "calbook: GET %s %ld", ZSTR_VAL(log_path), code);
				}
				if (client_log(c, fail == CB_FAIL_NONE ? status_level(code) : "warning", m, &ctx) != SUCCESS) {
					failed = true;
				}
				zend_string_release(m);
				zval_ptr_dtor(&ctx);
			}

			if (action != CB_RETRY_NO) {
				long wait = action == CB_RETRY_RATE_LIMIT ? reset_s * 1000 + (long) (rand32() % 250)
					: cb_backoff_ms(it->attempt, CB_BACKOFF_BASE_MS, CB_BACKOFF_CAP_MS, rand32());
				it->not_before_ms = mono_ms() + wait;
				if (action == CB_RETRY_RATE_LIMIT && it->not_before_ms > pause_until) {
					pause_until = it->not_before_ms;
				}
				c->st_retries++;
				if (Z_TYPE(c->logger) != IS_UNDEF && !failed) {
					zval ctx;
					array_init_size(&ctx, 5);
					add_assoc_string(&ctx, "method", "GET");
					add_assoc_str(&ctx, "path", zend_string_copy(log_path));
					add_assoc_long(&ctx, "attempt", it->attempt);
					add_assoc_long(&ctx, "wait_ms", wait);
					add_assoc_string(&ctx, "reason", fail == CB_FAIL_NOT_SENT ? "not sent" : code == 429 ? "rate limited" : "server unavailable");
					if (client_log_simple(c, "info", &ctx, "calbook: retrying GET %s after %s (attempt %d of %d)", ZSTR_VAL(log_path),
							fail == CB_FAIL_NOT_SENT ? "a connection failure (the request was not sent)" : code == 429 ? "HTTP 429" : "a server error",
							it->attempt + 1, (int) c->max_retries + 1) != SUCCESS) {
						failed = true;
					}
					zval_ptr_dtor(&ctx);
				}
				continue;
			}

			{
				zval res;
				if (fail == CB_FAIL_NONE) {
					zend_string *b = xfer_take_body(&it->x);
					calbook_response_create(&res, code, b, Z_TYPE(it->x.headers) == IS_ARRAY ? &it->x.headers : NULL);
					zend_string_release(b);
				} else if (!failed) {
					zend_object *pending = EG(exception);
					if (pending) {
						/* cannot happen: a logger failure sets `failed` */
						continue;
					}
					if (fail == CB_FAIL_TOO_LARGE) {
						calbook_throw(calbook_ce_invalid_response, FN_MANY ": GET %s: the response is larger than max_response_bytes (" ZEND_LONG_FMT ")",
							ZSTR_VAL(log_path), c->max_response_bytes);
					} else {
						bool not_sent = fail == CB_FAIL_NOT_SENT || fail == CB_FAIL_REFUSED;
						calbook_throw_transport(!not_sent && fail != CB_FAIL_LOCAL, (int) rc, it->attempt,
							FN_MANY ": GET %s %s: %s (curl error %d, %d attempt%s)", ZSTR_VAL(log_path),
							not_sent ? "was not sent" : "failed", curl_easy_strerror(rc), (int) rc, it->attempt, it->attempt == 1 ? "" : "s");
					}
					take_exception(&res);
				} else {
					ZVAL_NULL(&res);
				}
				zend_symtable_update(Z_ARRVAL_P(return_value), it->uid, &res);
				it->done = true;
				done++;
			}
		}
		/* A transfer that finished freed a slot: fill it before waiting for the others. */
		if (!failed && active > 0 && finished == 0) {
			curl_multi_poll(multi, NULL, 0, 100, NULL);
		}
	}

	/* Clean up: handles still in flight (a logger threw) are removed and discarded. */
	for (i = 0; i < n; i++) {
		if (items[i].easy) {
			curl_multi_remove_handle(multi, items[i].easy);
			curl_easy_cleanup(items[i].easy);
		}
		xfer_free(&items[i].x);
		smart_str_free(&items[i].url);
		zend_string_release(items[i].uid);
	}
	for (i = 0; i < nfree; i++) {
		curl_easy_cleanup(free_easies[i]);
	}
	efree(free_easies);
	efree(items);
	if (multi) {
		curl_multi_cleanup(multi);
	}
	zend_string_release(log_path);
	if (failed || !multi) {
		if (!multi && !EG(exception)) {
			zend_throw_error(NULL, "calbook: curl_multi_init failed");
		}
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
		RETURN_THROWS();
	}
}
/* }}} */

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
