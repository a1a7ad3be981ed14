/* Calbook\Client::getBookingsByUid(): parallel GETs over curl_multi, with bounded concurrency,
 * the rate-limit budget and the call's deadline. Each finished transfer goes through the same
 * result handling as a single call (calbook_attempt_finish). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php.h"
#include "zend_exceptions.h"

#include <curl/curl.h>

#include "core/cb_url.h"
#include "php/exceptions.h"
#include "php/client.h"
#include "php/ratelimiter.h"

#define FN_MANY "Calbook\\Client::getBookingsByUid()"

typedef struct {
	zend_string *uid;
	cb_req r;
	cb_attempt a;
	cb_xfer x;
	CURL *easy;
	zend_long not_before_ms;
	zend_long rl_wait_ms;   /* the rate limiter's last "wait" for this transfer (0: none) */
	bool active;
	bool done;
} cb_many_item;

typedef struct {
	calbook_client *c;
	cb_many_item *items;
	int n, done, active;
	zend_long concurrency;
	CURLM *multi;
	CURL **free_easies;
	int nfree;
	cb_http_opts o;
	CURLSH *share;
	zend_long pause_until;  /* no new transfer before this (a rate-limit reset) */
	long budget;            /* requests left in the rate-limit window (-1 unknown) */
	bool failed;            /* the logger ended the script */
	zval *results;
} cb_many;

/* Stores the pending exception as uid's result. */
static void item_fail(cb_many *m, cb_many_item *it)
{
	zval ex;
	zend_object *obj = EG(exception);
	GC_ADDREF(obj);
	zend_clear_exception();
	ZVAL_OBJ(&ex, obj);
	zend_symtable_update(Z_ARRVAL_P(m->results), it->uid, &ex);
	it->done = true;
	m->done++;
}

static bool item_start(cb_many *m, cb_many_item *it, zend_long now)
{
	calbook_client *c = m->c;
	CURL *h = m->nfree > 0 ? m->free_easies[--m->nfree] : cb_http_easy_new(&m->o, m->share);
	zend_long left = it->r.deadline_ms - now;

	it->a.n++;
	if (!h) {
		calbook_throw_transport(false, CURLE_FAILED_INIT, it->a.n, FN_MANY ": GET %s could not start: libcurl failed to initialise",
			ZSTR_VAL(c->base_path));
		item_fail(m, it);
		return false;
	}
	calbook_xfer_init(&it->x, (size_t) c->max_response_bytes);
	calbook_xfer_bind(h, &it->x);
	curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(it->r.url));
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, c->headers[CB_FAM_BOOKINGS]);
	curl_easy_setopt(h, CURLOPT_PRIVATE, it);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, (long) (left > 0 ? left : 1));
	if (curl_multi_add_handle(m->multi, h) != CURLM_OK) {
		curl_easy_cleanup(h);
		calbook_throw_transport(false, CURLE_FAILED_INIT, it->a.n, FN_MANY ": GET %s could not start", ZSTR_VAL(c->base_path));
		item_fail(m, it);
		return false;
	}
	it->easy = h;
	it->active = true;
	m->active++;
	if (m->budget > 0) {
		m->budget--;
	}
	return true;
}

/* A transfer finished: the shared result handling, then the budget and the retry schedule. */
static void item_finished(cb_many *m, CURL *h, CURLcode rc)
{
	cb_many_item *it;
	zval res;
	zend_long now = calbook_mono_ms();

	curl_easy_getinfo(h, CURLINFO_PRIVATE, (char **) &it);
	curl_multi_remove_handle(m->multi, h);
	it->active = false;
	it->easy = NULL;
	m->active--;

	if (calbook_attempt_finish(m->c, &it->r, &it->a, h, rc, &it->x, false, &res) != SUCCESS) {
		m->failed = true;
		curl_easy_cleanup(h);
		return;
	}
	if (it->a.fail == CB_FAIL_NONE) {
		calbook_xfer_bind(h, NULL);
		m->free_easies[m->nfree++] = h;
		/* The rate-limit budget: what the server has left, minus what is in flight. */
		if (it->a.remaining >= 0) {
			m->budget = it->a.remaining > m->active ? it->a.remaining - m->active : 0;
			if (m->budget == 0) {
				if (it->a.reset_s < 0 || it->a.reset_s > CB_RATE_LIMIT_CAP_S) {
					/* No usable reset: go on one request at a time, a 429 is waited out. */
					m->budget = -1;
				} else if (now + it->a.reset_s * 1000 > m->pause_until) {
					m->pause_until = now + it->a.reset_s * 1000;
				}
			}
		}
	} else {
		/* A failed connection is not reused. */
		curl_easy_cleanup(h);
	}
	if (it->a.retry) {
		it->not_before_ms = now + it->a.wait_ms;
		if (it->a.status == 429 && it->a.reset_s >= 0 && it->not_before_ms > m->pause_until) {
			m->pause_until = it->not_before_ms;
		}
		calbook_xfer_free(&it->x);
		return;
	}
	calbook_xfer_free(&it->x);
	zend_symtable_update(Z_ARRVAL_P(m->results), it->uid, &res);
	it->done = true;
	m->done++;
}

/* The shared budget (rate_limiter) for a transfer about to start: true when granted. Told to
 * wait, the transfer starts later while the others go on; when the wait would pass the
 * deadline, RateLimitException goes in its slot. acquire()'s own exception ends the call. */
static bool item_budget(cb_many *m, cb_many_item *it, zend_long deadline)
{
	zend_long wait, now;

	if (Z_TYPE(m->c->rate_limiter) == IS_UNDEF) {
		return true;
	}
	wait = calbook_rl_try(m->c, &it->r);
	it->rl_wait_ms = wait > 0 ? wait : 0;
	if (wait <= 0) {
		m->failed = wait < 0;
		return wait == 0;
	}
	now = calbook_mono_ms();
	if (wait >= deadline - now) {
		calbook_rl_throw_exhausted(m->c, &it->r, wait);
		item_fail(m, it);
	} else {
		it->not_before_ms = now + wait;
		m->c->st_rl_wait_ms += wait;
	}
	return false;
}

/* Everything not yet sent when the call's timeout_ms runs out fails, unsent. */
static void deadline_passed(cb_many *m)
{
	int i;
	for (i = 0; i < m->n; i++) {
		cb_many_item *it = &m->items[i];
		if (it->done || it->active) {
			continue;
		}
		if (it->rl_wait_ms > 0) {
			/* Still waiting for the shared budget. */
			calbook_rl_throw_exhausted(m->c, &it->r, it->rl_wait_ms);
			item_fail(m, it);
			continue;
		}
		calbook_throw_transport(false, CURLE_OPERATION_TIMEDOUT, it->a.n,
			FN_MANY ": GET %s/bookings/{uid} was not sent: timeout_ms passed before it could start (%d attempt%s)",
			ZSTR_VAL(m->c->base_path), it->a.n, it->a.n == 1 ? "" : "s");
		item_fail(m, it);
	}
}

/* How long to wait for the transfers in flight: 100 ms, or less when a transfer the rate
 * limiter told to wait may start sooner. */
static int many_poll_ms(cb_many *m, zend_long now)
{
	zend_long ms = 100;
	int i;

	if (Z_TYPE(m->c->rate_limiter) == IS_UNDEF) {
		return (int) ms;
	}
	for (i = 0; i < m->n; i++) {
		cb_many_item *it = &m->items[i];
		if (!it->done && !it->active && it->not_before_ms > now && it->not_before_ms - now < ms) {
			ms = it->not_before_ms - now;
		}
	}
	return (int) ms;
}

static void many_run(cb_many *m, zend_long deadline)
{
	int i;

	while (!m->failed && m->done < m->n) {
		zend_long now = calbook_mono_ms();
		int running = 0, msgs, finished = 0;
		CURLMsg *msg;

		if (now >= deadline && m->active == 0) {
			deadline_passed(m);
			break;
		}
		if (m->budget == 0 && now >= m->pause_until && m->active == 0) {
			m->budget = -1; /* the window has reset */
		}
		/* Start what may start: within the concurrency, outside a rate-limit pause. */
		for (i = 0; i < m->n && !m->failed && m->active < m->concurrency && now >= m->pause_until && m->budget != 0 && now < deadline; i++) {
			cb_many_item *it = &m->items[i];
			if (!it->done && !it->active && it->not_before_ms <= now && item_budget(m, it, deadline)) {
				item_start(m, it, now);
			}
		}
		if (m->failed) {
			break;
		}
		if (m->done == m->n) {
			break;
		}
		if (m->active == 0) {
			/* Everything left waits: for a backoff or for the rate limit to reset. */
			zend_long wake = m->pause_until > now ? m->pause_until : 0;
			for (i = 0; i < m->n; i++) {
				if (!m->items[i].done && (wake == 0 || m->items[i].not_before_ms < wake) && m->items[i].not_before_ms > now) {
					wake = m->items[i].not_before_ms;
				}
			}
			if (m->pause_until > wake) {
				wake = m->pause_until;
			}
			if (wake > deadline) {
				wake = deadline;
			}
			calbook_sleep_ms(wake > now ? (long) (wake - now) : 1);
			continue;
		}
		curl_multi_perform(m->multi, &running);
		while (!m->failed && (msg = curl_multi_info_read(m->multi, &msgs)) != NULL) {
			if (msg->msg == CURLMSG_DONE) {
				CURL *h = msg->easy_handle;
				CURLcode rc = msg->data.result;
				item_finished(m, h, rc);
				finished++;
			}
		}
		/* A transfer that finished freed a slot: fill it before waiting for the others. */
		if (!m->failed && m->active > 0 && finished == 0) {
			curl_multi_poll(m->multi, NULL, 0, many_poll_ms(m, now), NULL);
		}
	}
}

void calbook_get_bookings_by_uid(calbook_client *c, HashTable *uids, zend_long concurrency, zval *return_value)
{
	cb_many m;
	zval *v;
	HashTable seen;
	int i, n = 0;
	zend_long deadline = calbook_mono_ms() + c->timeout_ms;

	if (concurrency < 1 || concurrency > 64) {
		calbook_throw(calbook_ce_invalid_argument, FN_MANY ": concurrency must be from 1 to 64, " ZEND_LONG_FMT " given", concurrency);
		return;
	}
	/* Every uid is checked before any request. */
	ZEND_HASH_FOREACH_VAL(uids, v) {
		ZVAL_DEREF(v);
		if (Z_TYPE_P(v) != IS_STRING || !cb_uid_valid(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
			calbook_throw(calbook_ce_invalid_argument, FN_MANY ": every uid must be 1 to 128 characters of A-Z, a-z, 0-9, '-' or '_' (%s at position %d)",
				Z_TYPE_P(v) == IS_STRING ? "a malformed uid" : zend_zval_type_name(v), n);
			return;
		}
		n++;
	} ZEND_HASH_FOREACH_END();

	array_init_size(return_value, (uint32_t) n);
	if (n == 0) {
		return;
	}
	memset(&m, 0, sizeof(m));
	m.c = c;
	m.results = return_value;
	m.budget = -1;
	m.items = ecalloc((size_t) n, sizeof(*m.items));
	zend_hash_init(&seen, (uint32_t) n, NULL, NULL, 0);
	ZEND_HASH_FOREACH_VAL(uids, v) {
		zval nul;
		cb_many_item *it = &m.items[m.n];
		ZVAL_DEREF(v);
		if (zend_hash_exists(&seen, Z_STR_P(v))) {
			continue;
		}
		ZVAL_NULL(&nul);
		zend_hash_add_new(&seen, Z_STR_P(v), &nul);
		zend_symtable_update(Z_ARRVAL_P(return_value), Z_STR_P(v), &nul);
		it->uid = zend_string_copy(Z_STR_P(v));
		calbook_xfer_init(&it->x, (size_t) c->max_response_bytes);
		calbook_req_init(&it->r, CB_EP_GET_BOOKING, FN_MANY);
		calbook_req_seg(&it->r, ZSTR_VAL(it->uid), ZSTR_LEN(it->uid));
		it->r.budget = true;
		it->r.batch = true; /* background work (backfill) */
		it->r.deadline_ms = deadline;
		m.n++;
		if (calbook_req_prepare(c, &it->r) != SUCCESS) {
			item_fail(&m, it);
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&seen);

	calbook_client_http_opts(c, &m.o);
	/* HTTP/2 (TLS only): the transfers wait for the first connection's ALPN answer and then
	 * share it as streams; over HTTP/1.1 each opens its own, up to the concurrency. */
	m.o.pipewait = c->tls;
	m.share = calbook_pool_share(c);
	m.concurrency = concurrency > m.n ? m.n : concurrency;
	m.multi = curl_multi_init();
	m.free_easies = ecalloc((size_t) m.concurrency, sizeof(CURL *));
	if (m.multi) {
		curl_multi_setopt(m.multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long) m.concurrency);
		curl_multi_setopt(m.multi, CURLMOPT_PIPELINING, (long) CURLPIPE_MULTIPLEX);
		many_run(&m, deadline);
	}

	/* Clean up: handles still in flight (the logger ended the script) are discarded. */
	for (i = 0; i < m.n; i++) {
		if (m.items[i].easy) {
			curl_multi_remove_handle(m.multi, m.items[i].easy);
			curl_easy_cleanup(m.items[i].easy);
		}
		calbook_xfer_free(&m.items[i].x);
		calbook_req_free(&m.items[i].r);
		zend_string_release(m.items[i].uid);
	}
	for (i = 0; i < m.nfree; i++) {
		curl_easy_cleanup(m.free_easies[i]);
	}
	efree(m.free_easies);
	efree(m.items);
	if (m.multi) {
		curl_multi_cleanup(m.multi);
	} else if (!EG(exception)) {
		zend_throw_error(NULL, "calbook: curl_multi_init failed");
	}
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_UNDEF(return_value);
	}
}
