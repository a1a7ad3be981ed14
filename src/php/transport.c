/* Calbook\Client transport: easy handles (the client's own and the per-process pool), the
 * header and body callbacks, one call with its retries under one deadline, and the ONE result
 * handling of a finished transfer (calbook_attempt_finish) that both the single path and
 * getBookingsByUid()'s curl_multi path use. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/random/php_random.h"

#include <curl/curl.h>
#include <time.h>
#include <unistd.h>

#include "php_calbook.h"
#include "core/cb_pool.h"
#include "core/cb_url.h"
#include "php/exceptions.h"
#include "php/response.h"
#include "php/client.h"
#include "php/ratelimiter.h"

/* {{{ the per-process pool (persistent clients) */

/* The pool of this process; a pool inherited through fork() is forgotten without touching its
 * handles. */
static cb_pool *pool_get(bool create)
{
	cb_pool *pool = CALBOOK_G(persistent_pool);

	if (pool && cb_pool_pid(pool) != getpid()) {
		cb_pool_free(pool, 0);
		pool = NULL;
		CALBOOK_G(persistent_pool) = NULL;
	}
	if (!pool && create) {
		pool = cb_pool_new();
		CALBOOK_G(persistent_pool) = pool;
	}
	return pool;
}

/* The pool's share handle for a client's new handles: TLS sessions are what pooled handles share,
 * so a plain-http client (no TLS) gets none and spares libcurl the share's locking per request. */
CURLSH *calbook_pool_share(calbook_client *c)
{
	cb_pool *pool = c->persistent && c->tls ? pool_get(true) : NULL;
	return pool ? cb_pool_share(pool) : NULL;
}

void calbook_pool_shutdown(void **slot)
{
	cb_pool *pool = *slot;
	*slot = NULL;
	if (pool) {
		cb_pool_free(pool, cb_pool_pid(pool) == getpid());
	}
}

void calbook_client_shutdown(void)
{
	calbook_pool_shutdown(&CALBOOK_G(persistent_pool));
}
/* }}} */

/* {{{ the client's handle */
void calbook_client_http_opts(calbook_client *c, cb_http_opts *o)
{
	o->timeout_ms = (long) c->timeout_ms;
	o->connect_timeout_ms = (long) c->connect_timeout_ms;
	o->ca_file = c->ca_file ? ZSTR_VAL(c->ca_file) : NULL;
	o->user_agent = NULL; /* a line of the client's header lists, formatted once */
	o->max_bytes = (long long) c->max_response_bytes;
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

/* Points a handle's callbacks at a transfer (once per handle, not per request). */
void calbook_xfer_bind(CURL *h, cb_xfer *x)
{
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, xfer_header_cb);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, xfer_write_cb);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, x ? x->errbuf : NULL);
}

static void client_bind_easy(calbook_client *c, CURL *h)
{
	calbook_xfer_bind(h, &c->x);
	c->cur_timeout_ms = (long) c->timeout_ms; /* what cb_http_easy_new/apply set */
	c->cur_headers = NULL;
	c->method_is_get = false;
}

/* Leaves nothing of this client in a handle that outlives it (the pool). */
static void client_unbind_easy(CURL *h)
{
	calbook_xfer_bind(h, NULL);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_READDATA, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKDATA, NULL);
}

void calbook_client_release_easy(calbook_client *c)
{
	if (!c->easy) {
		return;
	}
	if (c->pid == getpid()) {
		cb_pool *pool = c->persistent && c->pool_key ? pool_get(true) : NULL;
		if (pool) {
			client_unbind_easy(c->easy);
			cb_pool_put(pool, ZSTR_VAL(c->pool_key), c->easy);
		} else {
			curl_easy_cleanup(c->easy);
		}
	}
	c->easy = NULL;
}

static CURL *client_easy(calbook_client *c)
{
	cb_http_opts o;

	if (c->easy && c->pid != getpid()) {
		/* Inherited through fork(): never use it, never clean it up here. */
		c->easy = NULL;
	}
	if (c->easy) {
		return c->easy;
	}
	calbook_client_http_opts(c, &o);
	if (c->persistent) {
		cb_pool *pool = pool_get(true);
		CURL *h = pool ? cb_pool_take(pool, ZSTR_VAL(c->pool_key)) : NULL;
		if (h && cb_http_easy_apply(h, &o) != CURLE_OK) {
			curl_easy_cleanup(h);
			h = NULL;
		}
		c->easy = h ? h : cb_http_easy_new(&o, calbook_pool_share(c));
	} else {
		c->easy = cb_http_easy_new(&o, NULL);
	}
	c->pid = getpid();
	if (c->easy) {
		client_bind_easy(c, c->easy);
	}
	return c->easy;
}
/* }}} */

/* {{{ one transfer: header and body callbacks straight into PHP values */
void calbook_xfer_init(cb_xfer *x, size_t max_bytes)
{
	x->body = NULL;
	x->len = x->cap = 0;
	memset(&x->raw, 0, sizeof(x->raw));
	ZVAL_UNDEF(&x->headers);
	x->header_bytes = 0;
	x->max_bytes = max_bytes;
	x->too_large = x->no_memory = x->in_trailers = false;
	x->errbuf[0] = '\0';
}

void calbook_xfer_free(cb_xfer *x)
{
	if (x->body) {
		zend_string_efree(x->body);
		x->body = NULL;
	}
	x->len = x->cap = 0;
	smart_str_free(&x->raw);
	zval_ptr_dtor(&x->headers);
	ZVAL_UNDEF(&x->headers);
}

/* Header lines go to the Response as received (parsed only when someone asks): the callback
 * copies the lines a kept header can start with, and looks only for a status line (after a 1xx
 * the final response starts over) and the blank line that ends the block. An announced
 * Content-Length over max_response_bytes is libcurl's to refuse (CURLOPT_MAXFILESIZE_LARGE). */
static size_t xfer_header_cb(char *line, size_t size, size_t n, void *ud)
{
	cb_xfer *x = ud;
	size_t len = size * n;

	x->header_bytes += len;
	switch (len ? line[0] | 0x20 : 0) {
	case 'c': case 'l': case 'r': case 'x':
		/* Trailers are ignored: only bytes received count, never a Content-Length sent late. */
		if (!x->in_trailers) {
			smart_str_appendl(&x->raw, line, len);
		}
		return len;
	case 'h':
		if (len > 5 && memcmp(line, "HTTP/", 5) == 0) {
			if (x->raw.s) {
				ZSTR_LEN(x->raw.s) = 0;
			}
			x->len = 0;
			x->in_trailers = false;
		}
		return len;
	case '\r' | 0x20: case '\n' | 0x20:
		/* The blank line ends a header block; lines after it are trailers. */
		x->in_trailers = true;
		return len;
	default:
		return len;
	}
}

/* The first reservation: a booking fits in a 2 KiB block of Zend's small-block bins; then the
 * buffer doubles. */
#define XFER_FIRST (2048 - _ZSTR_STRUCT_SIZE(0))

/* Room for `need` bytes: geometric growth capped by max_bytes, refused (not fatal) when it
 * would pass memory_limit. */
static bool xfer_reserve(cb_xfer *x, size_t need)
{
	size_t cap = x->cap;

	if (need <= cap) {
		return true;
	}
	if (cap == 0) {
		cap = XFER_FIRST;
	}
	while (cap < need) {
		cap = cap > x->max_bytes / 2 ? x->max_bytes : cap * 2;
	}
	/* Never into a fatal error inside a libcurl callback: a body that would pass memory_limit
	 * ends this transfer with InvalidResponseException instead. */
	if (PG(memory_limit) > 0
		&& zend_memory_usage(true) + cap + _ZSTR_STRUCT_SIZE(0) + 65536 > (size_t) PG(memory_limit)) {
		x->no_memory = true;
		return false;
	}
	if (x->body) {
		x->body = zend_string_realloc(x->body, cap, 0);
	} else {
		x->body = zend_string_alloc(cap, 0);
	}
	x->cap = cap;
	return true;
}

static size_t xfer_write_cb(char *data, size_t size, size_t n, void *ud)
{
	cb_xfer *x = ud;
	size_t len = size * n;

	if (x->len + len > x->max_bytes) {
		x->too_large = true;
		return 0;
	}
	if (!xfer_reserve(x, x->len + len)) {
		return 0;
	}
	memcpy(ZSTR_VAL(x->body) + x->len, data, len);
	x->len += len;
	return len;
}

/* The body as a string the caller owns. */
static zend_string *xfer_take_body(cb_xfer *x)
{
	zend_string *s = x->body;
	size_t len = x->len, cap = x->cap;

	x->body = NULL;
	x->len = x->cap = 0;
	if (!s || len == 0) {
		if (s) {
			zend_string_efree(s);
		}
		return ZSTR_EMPTY_ALLOC();
	}
	if (cap - len > 4096) {
		s = zend_string_truncate(s, len, 0);
	}
	ZSTR_LEN(s) = len;
	ZSTR_VAL(s)[len] = '\0';
	return s;
}
/* }}} */

zend_long calbook_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (zend_long) ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void calbook_sleep_ms(long ms)
{
	if (ms > 0) {
		usleep((useconds_t) ms * 1000);
	}
}

/* {{{ the call: endpoint, URL, headers */
void calbook_req_init(cb_req *r, cb_endpoint_id ep, const char *fn)
{
	const cb_endpoint *e = &cb_endpoints[ep];
	memset(r, 0, sizeof(*r));
	r->fn = fn;
	r->method = e->method;
	r->path = e->path;
	r->log_tmpl = e->path;
	r->made = e->made;
	r->family = e->family;
	r->idempotent = e->idempotent;
}

void calbook_req_seg(cb_req *r, const char *s, size_t len)
{
	r->segs[r->nseg] = s;
	r->seg_lens[r->nseg] = len;
	r->nseg++;
}

void calbook_req_free(cb_req *r)
{
	if (r->query) zend_string_release(r->query);
	if (r->body) zend_string_release(r->body);
	if (r->version) zend_string_release(r->version);
	if (r->own_path) zend_string_release(r->own_path);
	if (r->own_log) zend_string_release(r->own_log);
	if (r->url) zend_string_release(r->url);
	if (r->log_path) zend_string_release(r->log_path);
	r->query = r->body = r->version = r->own_path = r->own_log = r->url = r->log_path = NULL;
}

/* The path for log lines and messages: base path + template ("/v2/bookings/{uid}"), never the
 * values of the segments. Made on first use. */
const char *calbook_req_log_path(calbook_client *c, cb_req *r)
{
	if (!r->log_path) {
		r->log_path = zend_string_concat2(ZSTR_VAL(c->base_path), ZSTR_LEN(c->base_path), r->log_tmpl, strlen(r->log_tmpl));
	}
	return ZSTR_VAL(r->log_path);
}

zend_result calbook_req_prepare(calbook_client *c, cb_req *r)
{
	size_t cap = ZSTR_LEN(c->base_url) + strlen(r->path) + 2, i;
	zend_string *u;
	long n;

	if (r->deadline_ms == 0) {
		r->deadline_ms = calbook_mono_ms() + c->timeout_ms;
		r->deadline_fresh = true;
	}
	if (r->url) {
		return SUCCESS;
	}
	/* The common shape, one uid or id at the end of a table template ("/bookings/{uid}") and no
	 * query: base + literal part + segment, without walking the template. */
	if (r->nseg == 1 && !r->query && cb_uid_valid(r->segs[0], r->seg_lens[0])) {
		const char *brace = strchr(r->path, '{');
		const char *close = brace ? strchr(brace, '}') : NULL;
		if (close && close[1] == '\0') {
			size_t pre = (size_t) (brace - r->path), bl = ZSTR_LEN(c->base_url);
			u = zend_string_alloc(bl + pre + r->seg_lens[0], 0);
			memcpy(ZSTR_VAL(u), ZSTR_VAL(c->base_url), bl);
			memcpy(ZSTR_VAL(u) + bl, r->path, pre);
			memcpy(ZSTR_VAL(u) + bl + pre, r->segs[0], r->seg_lens[0]);
			ZSTR_VAL(u)[ZSTR_LEN(u)] = '\0';
			r->url = u;
			return SUCCESS;
		}
	}
	for (i = 0; i < r->nseg; i++) {
		cap += r->seg_lens[i] * 3;
	}
	if (r->query) {
		cap += ZSTR_LEN(r->query) + 1;
	}
	u = zend_string_alloc(cap, 0);
	n = cb_url_build(ZSTR_VAL(u), cap + 1, ZSTR_VAL(c->base_url), r->path, r->segs, r->seg_lens, r->nseg);
	if (n < 0) {
		zend_string_efree(u);
		if (n == CB_URL_E_SEGMENT && r->seg_field) {
			calbook_check_uid_message(r->fn, r->seg_field);
		} else if (n == CB_URL_E_SEGMENT) {
			calbook_throw(calbook_ce_invalid_argument, "%s: a path segment is not a valid uid or id", r->fn);
		} else {
			calbook_throw(calbook_ce_invalid_argument, "%s: the request URL cannot be built (too long or malformed)", r->fn);
		}
		return FAILURE;
	}
	if (r->query && ZSTR_LEN(r->query)) {
		ZSTR_VAL(u)[n++] = '?';
		memcpy(ZSTR_VAL(u) + n, ZSTR_VAL(r->query), ZSTR_LEN(r->query));
		n += (long) ZSTR_LEN(r->query);
	}
	ZSTR_VAL(u)[n] = '\0';
	ZSTR_LEN(u) = (size_t) n;
	r->url = u;
	return SUCCESS;
}

void calbook_slist_free_wipe(struct curl_slist *l)
{
	struct curl_slist *n;
	for (n = l; n; n = n->next) {
		if (n->data) {
			ZEND_SECURE_ZERO(n->data, strlen(n->data));
		}
	}
	curl_slist_free_all(l);
}

struct curl_slist *calbook_headers_build(const char *auth_line, const char *user_agent, const char *version, bool body)
{
	/* No Accept line: libcurl's own (any type) costs nothing, and Cal.com answers JSON either way. */
	static const char *const fixed[] = {"Content-Type: application/json", "Expect:"};
	struct curl_slist *l = curl_slist_append(NULL, auth_line), *t;
	char vbuf[300];
	size_t i;

	if (l) {
		snprintf(vbuf, sizeof(vbuf), "User-Agent: %s", user_agent);
		if (!(t = curl_slist_append(l, vbuf))) {
			calbook_slist_free_wipe(l);
			return NULL;
		}
		l = t;
	}
	for (i = 0; l && body && i < 2; i++) {
		if (!(t = curl_slist_append(l, fixed[i]))) {
			calbook_slist_free_wipe(l);
			return NULL;
		}
		l = t;
	}
	if (l && version) {
		snprintf(vbuf, sizeof(vbuf), "cal-api-version: %s", version);
		if (!(t = curl_slist_append(l, vbuf))) {
			calbook_slist_free_wipe(l);
			return NULL;
		}
		l = t;
	}
	return l;
}

static struct curl_slist *req_headers(calbook_client *c, const cb_req *r, struct curl_slist **tmp)
{
	*tmp = NULL;
	if (r->version_override) {
		*tmp = calbook_headers_build(c->headers[CB_FAM_OTHER]->data, ZSTR_VAL(c->user_agent), r->version ? ZSTR_VAL(r->version) : NULL, r->body != NULL);
		return *tmp;
	}
	return r->body ? c->headers_body[r->family] : c->headers[r->family];
}
/* }}} */

/* {{{ the result of one finished transfer: both paths */
static const char *status_level(long status)
{
	return status >= 200 && status < 400 ? "info" : "warning";
}

static const char *fail_text(const cb_xfer *x, CURLcode rc)
{
	if (x->no_memory) {
		return "the response does not fit under memory_limit";
	}
	if (x->too_large) {
		return "response larger than max_response_bytes";
	}
	return x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc);
}

/* One log entry for the attempt, and one for the retry decision when there is a retry. */
static zend_result attempt_log(calbook_client *c, cb_req *r, const cb_attempt *a, const cb_xfer *x, CURLcode rc,
	long nconn, curl_off_t total_us)
{
	zval ctx;
	zend_string *msg, *reqid;
	zend_result lr;
	const char *path = calbook_req_log_path(c, r);
	bool ok = a->fail == CB_FAIL_NONE;

	array_init_size(&ctx, 8);
	add_assoc_string(&ctx, "method", (char *) r->method);
	add_assoc_string(&ctx, "path", (char *) path);
	if (ok) {
		add_assoc_long(&ctx, "status", a->status);
	} else {
		add_assoc_null(&ctx, "status");
	}
	add_assoc_double(&ctx, "duration_ms", (double) total_us / 1000.0);
	add_assoc_long(&ctx, "attempt", a->n);
	reqid = ok ? calbook_headers_first((zval *) &x->headers, ZEND_STRL("x-request-id")) : NULL;
	if (reqid) {
		add_assoc_str(&ctx, "request_id", zend_string_copy(reqid));
	} else {
		add_assoc_null(&ctx, "request_id");
	}
	add_assoc_string(&ctx, "connection", nconn > 0 ? "new" : "reused");
	if (!ok) {
		add_assoc_long(&ctx, "curl_code", (zend_long) rc);
		add_assoc_string(&ctx, "error", (char *) fail_text(x, rc));
		msg = zend_strpprintf(0, "calbook: %s %s failed: %s", r->method, path,
			a->fail == CB_FAIL_TOO_LARGE ? "response too large" : curl_easy_strerror(rc));
	} else {
		msg = zend_strpprintf(0, "calbook: %s %s %ld", r->method, path, a->status);
	}
	lr = calbook_client_log(c, ok ? status_level(a->status) : "warning", msg, &ctx);
	zend_string_release(msg);
	zval_ptr_dtor(&ctx);
	if (lr != SUCCESS || !a->retry) {
		return lr;
	}

	array_init_size(&ctx, 6);
	add_assoc_string(&ctx, "method", (char *) r->method);
	add_assoc_string(&ctx, "path", (char *) path);
	add_assoc_long(&ctx, "attempt", a->n);
	add_assoc_long(&ctx, "wait_ms", a->wait_ms);
	add_assoc_string(&ctx, "reason", a->fail == CB_FAIL_NOT_SENT ? "not sent"
		: a->fail != CB_FAIL_NONE ? "connection closed before any answer"
		: a->status == 429 ? "rate limited" : "server unavailable");
	lr = calbook_client_log_simple(c, "info", &ctx, "calbook: retrying %s %s after %s (attempt %d of %d)",
		r->method, path,
		a->fail == CB_FAIL_NOT_SENT ? "a connection failure (the request was not sent)"
			: a->fail != CB_FAIL_NONE ? "a connection that closed before any answer"
			: a->status == 429 ? "HTTP 429" : "a server error",
		a->n + 1, (int) c->max_retries + 1 + (a->resent ? 1 : 0));
	zval_ptr_dtor(&ctx);
	return lr;
}

/* Turns the pending exception into a value. */
static void take_exception(zval *out)
{
	zend_object *ex = EG(exception);
	GC_ADDREF(ex);
	zend_clear_exception();
	ZVAL_OBJ(out, ex);
}

/* The typed exception for a transfer that failed for good, as a value in `out`. */
static void attempt_exception(calbook_client *c, cb_req *r, const cb_attempt *a, const cb_xfer *x, CURLcode rc,
	bool past_deadline, zval *out)
{
	const char *path = calbook_req_log_path(c, r);
	const char *deadline = past_deadline ? "; timeout_ms left no time for another attempt" : "";
	const char *made = r->idempotent ? ""
		: r->made ? "the booking may have been created; check before retrying"
		: "the request may have taken effect; check before retrying";

	if (a->fail == CB_FAIL_TOO_LARGE) {
		char limit[96];
		if (x->no_memory) {
			snprintf(limit, sizeof(limit), "does not fit under memory_limit");
		} else {
			snprintf(limit, sizeof(limit), "is larger than max_response_bytes (" ZEND_LONG_FMT ")", c->max_response_bytes);
		}
		calbook_throw(calbook_ce_invalid_response, "%s: %s %s: the response %s%s%s%s", r->fn, r->method, path, limit,
			made[0] ? "; " : "", made, deadline);
	} else if (a->fail == CB_FAIL_NOT_SENT || a->fail == CB_FAIL_REFUSED || a->fail == CB_FAIL_LOCAL) {
		calbook_throw_transport(false, (int) rc, a->n,
			"%s: %s %s was not sent: %s (curl error %d, %d attempt%s)%s", r->fn, r->method, path,
			fail_text(x, rc), (int) rc, a->n, a->n == 1 ? "" : "s", deadline);
	} else {
		calbook_throw_transport(true, (int) rc, a->n,
			"%s: %s %s failed after the request was sent: %s (curl error %d, %d attempt%s)%s%s%s", r->fn, r->method,
			path, r->body && r->upload.rewind_refused ? "the connection closed before the answer" : fail_text(x, rc),
			(int) rc, a->n, a->n == 1 ? "" : "s", made[0] ? "; not retried: " : "", made, deadline);
	}
	take_exception(out);
}

/* What a finished transfer means, for both paths: counts it in stats(), classifies it,
 * decides on a retry within the call's deadline, logs the attempt (and the retry), and when no
 * retry follows puts the call's answer in `result`: a Calbook\Response, or the typed exception
 * as an object (not thrown). `client_handle`: `h` is the client's own handle, discarded after a
 * failure (its connection may be dirty) before the logger runs. Returns FAILURE only when the
 * logger ended the script (exit() stays pending). */
zend_result calbook_attempt_finish(calbook_client *c, cb_req *r, cb_attempt *a, CURL *h, CURLcode rc,
	cb_xfer *x, bool client_handle, zval *result)
{
	long code = 0, nconn = 0, req_size = 0;
	curl_off_t up = 0, total_us = 0;
	cb_retry_action action;
	bool resend = false, past_deadline = false;

	ZVAL_UNDEF(result);
	a->retry = false;
	a->wait_ms = 0;
	a->reset_s = -1;
	a->remaining = -1;
	/* Status, header and body sizes come from the callbacks; libcurl is asked only for what
	 * they cannot see. */
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &nconn);
	curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &req_size);
	if (r->body) {
		curl_easy_getinfo(h, CURLINFO_SIZE_UPLOAD_T, &up);
	}
	if (Z_TYPE(c->logger) != IS_UNDEF) {
		curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total_us);
	}
	c->st_requests++;
	if (nconn > 0) {
		c->st_opened += nconn;
	} else if (rc == CURLE_OK) {
		c->st_reused++;
	}
	c->st_sent += req_size + (zend_long) up;
	c->st_received += (zend_long) (x->header_bytes + x->len);

	a->fail = cb_fail_classify((int) rc, req_size, x->too_large || x->no_memory || rc == CURLE_FILESIZE_EXCEEDED,
		r->body ? r->upload.rewind_refused : 0);
	a->status = a->fail == CB_FAIL_NONE ? code : 0;
	if (a->fail != CB_FAIL_NONE) {
		/* Never pool or reuse a connection that failed or was read partially. */
		if (client_handle) {
			client_discard_easy(c);
		}
		/* A GET whose connection died before any byte of an answer (a kept-alive connection
		 * the server had closed) is resent once on a new connection: a GET changes nothing. */
		resend = !a->resent && c->max_retries > 0 && (rc == CURLE_GOT_NOTHING || rc == CURLE_RECV_ERROR)
			&& strcmp(r->method, "GET") == 0 && x->header_bytes == 0 && x->len == 0;
	} else if (r->budget || code == 429 || Z_TYPE(c->logger) != IS_UNDEF || Z_TYPE(c->rate_limiter) != IS_UNDEF) {
		/* Parsed here only when calbook itself needs a header (the Response takes the array). */
		if (x->raw.s) {
			calbook_headers_parse(ZSTR_VAL(x->raw.s), ZSTR_LEN(x->raw.s), &x->headers);
		}
		if (r->budget || code == 429) {
			a->reset_s = calbook_headers_ratelimit(&x->headers, r->budget ? &a->remaining : NULL);
		}
		/* The shared budget hears of every answer, a 429 included. */
		if (calbook_rl_observe(c, r, code, &x->headers) != SUCCESS) {
			return FAILURE;
		}
	}
	action = resend ? CB_RETRY_BACKOFF
		: cb_retry_decide(r->idempotent, a->fail, a->status, a->n, (int) c->max_retries, a->reset_s, CB_RATE_LIMIT_CAP_S);
	if (action != CB_RETRY_NO) {
		uint32_t rnd = (uint32_t) php_mt_rand();
		a->wait_ms = resend ? 0 : action == CB_RETRY_RATE_LIMIT ? a->reset_s * 1000 + (long) (rnd % 250)
			: cb_backoff_ms(a->n, CB_BACKOFF_BASE_MS, CB_BACKOFF_CAP_MS, rnd);
		/* timeout_ms bounds the whole call: a wait that would pass it is not taken. */
		if (calbook_mono_ms() + a->wait_ms >= r->deadline_ms) {
			past_deadline = true;
		} else {
			a->retry = true;
			a->resent = a->resent || resend;
		}
	}

	if (Z_TYPE(c->logger) != IS_UNDEF && attempt_log(c, r, a, x, rc, nconn, total_us) != SUCCESS) {
		a->retry = false;
		return FAILURE;
	}
	if (a->retry) {
		c->st_retries++;
		return SUCCESS;
	}
	if (a->fail == CB_FAIL_NONE) {
		zend_string *b = xfer_take_body(x);
		zend_string *raw = Z_TYPE(x->headers) == IS_UNDEF && x->raw.s ? smart_str_extract(&x->raw) : NULL;
		calbook_response_create(result, code, b, raw, &x->headers);
		ZVAL_UNDEF(&x->headers);
		return SUCCESS;
	}
	attempt_exception(c, r, a, x, rc, past_deadline, result);
	return SUCCESS;
}
/* }}} */

/* {{{ one call with its retries, on the client's handle */
zend_result calbook_execute(calbook_client *c, cb_req *r, zval *return_value)
{
	struct curl_slist *tmp_headers = NULL, *headers;
	cb_attempt a;
	zend_result result = FAILURE;
	bool fresh_connect = !r->body && !r->idempotent;
	zval res;

	if (calbook_req_prepare(c, r) != SUCCESS) {
		return FAILURE;
	}
	headers = req_headers(c, r, &tmp_headers);
	if (!headers) {
		zend_throw_error(NULL, "calbook: out of memory");
		return FAILURE;
	}
	memset(&a, 0, sizeof(a));
	if (r->body) {
		r->upload.data = ZSTR_VAL(r->body);
		r->upload.len = ZSTR_LEN(r->body);
		r->upload.allow_rewind = r->idempotent;
	}

	for (;;) {
		CURL *h;
		CURLcode rc;
		cb_xfer x, *xp;
		long left;

		/* The shared budget before every attempt (before the handle is taken: the limiter's
		 * code may call the client). */
		if (calbook_rl_acquire(c, r) != SUCCESS) {
			goto done;
		}
		h = client_easy(c);
		/* Each attempt gets what is left of the call's timeout_ms (the first all of it). */
		left = a.n == 0 && r->deadline_fresh ? (long) c->timeout_ms : (long) (r->deadline_ms - calbook_mono_ms());
		a.n++;
		if (!h) {
			calbook_throw_transport(false, CURLE_FAILED_INIT, a.n, "%s: %s %s could not start: libcurl failed to initialise",
				r->fn, r->method, calbook_req_log_path(c, r));
			goto done;
		}
		calbook_xfer_init(&c->x, (size_t) c->max_response_bytes);
		curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(r->url));
		if (c->cur_headers != headers) {
			curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
			c->cur_headers = headers;
		}
		if (r->body || !c->method_is_get || r->method[0] != 'G') {
			cb_http_easy_reset_request(h);
			cb_http_set_method(h, r->method, r->body ? &r->upload : NULL);
			c->method_is_get = !r->body && r->method[0] == 'G';
		}
		if (left < 1) {
			left = 1;
		}
		if (c->cur_timeout_ms != left) {
			curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, left);
			c->cur_timeout_ms = left;
		}
		/* A body-less call that must not run twice goes on a new connection: libcurl silently
		 * resends a request whose kept-alive connection died before any answer, and without a
		 * body there is nothing to rewind that calbook could refuse. */
		if (fresh_connect) {
			curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
		}

		rc = curl_easy_perform(h);

		if (fresh_connect) {
			curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 0L);
		}
		/* With a logger or a rate limiter, take the answer out of the client first: their code
		 * may call the client again. */
		xp = &c->x;
		if (Z_TYPE(c->logger) != IS_UNDEF || Z_TYPE(c->rate_limiter) != IS_UNDEF) {
			x = c->x;
			calbook_xfer_init(&c->x, 0);
			xp = &x;
		}
		if (calbook_attempt_finish(c, r, &a, h, rc, xp, true, &res) != SUCCESS) {
			calbook_xfer_free(xp);
			goto done;
		}
		calbook_xfer_free(xp);
		if (a.retry) {
			calbook_sleep_ms(a.wait_ms);
			continue;
		}
		if (a.fail == CB_FAIL_NONE) {
			ZVAL_COPY_VALUE(return_value, &res);
			result = SUCCESS;
		} else {
			zend_throw_exception_object(&res);
		}
		break;
	}

done:
	if (tmp_headers) {
		/* The handle must not keep a pointer to a freed list. */
		if (c->easy && c->cur_headers == tmp_headers) {
			curl_easy_setopt(c->easy, CURLOPT_HTTPHEADER, NULL);
		}
		if (c->cur_headers == tmp_headers) {
			c->cur_headers = NULL;
		}
		calbook_slist_free_wipe(tmp_headers);
	}
	/* Nor pointers to the request body. */
	if (c->easy && r->body) {
		curl_easy_setopt(c->easy, CURLOPT_READDATA, NULL);
		curl_easy_setopt(c->easy, CURLOPT_SEEKDATA, NULL);
		c->method_is_get = false;
	}
	return result;
}
/* }}} */
