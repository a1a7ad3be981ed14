/* Calbook\Client: the client object and the pieces its files share.
 *
 * Layout of the client:
 *   src/core/cb_endpoint   the Cal.com endpoint table (verb, path template, family, retry policy)
 *   src/core/cb_pool       the per-process pool of idle easy handles (persistent clients)
 *   src/core/cb_http       handle policy, header lines, request bodies that refuse a resend
 *   src/core/cb_retry      failure classification, retry decisions, backoff
 *   src/php/transport.c    one request with its retries; the ONE result handling of a finished
 *                          transfer (calbook_attempt_finish), used by both paths
 *   src/php/transport_multi.c  getBookingsByUid() over curl_multi
 *   src/php/ratelimiter.c  the "rate_limiter" option: key id, acquire() within the deadline, observe()
 *   src/php/validate.c     request bodies and query strings from PHP input
 *   src/php/client.c       the object, its constructor and options, logging, stats()
 *   src/php/client_methods.c  one thin method per endpoint */
#ifndef CALBOOK_PHP_CLIENT_H
#define CALBOOK_PHP_CLIENT_H

#include "php.h"
#include "zend_smart_str.h"
#include <curl/curl.h>
#include <sys/types.h>

#include "core/cb_endpoint.h"
#include "core/cb_http.h"
#include "core/cb_retry.h"

/* One transfer: body and headers collected straight into PHP values. */
typedef struct {
	zend_string *body;  /* NULL until the first byte; grows with the data */
	size_t len;         /* bytes received */
	size_t cap;         /* bytes `body` can hold */
	smart_str raw;      /* candidate header lines of the final response, as received */
	zval headers;       /* `raw` parsed (calbook_headers_parse), only when calbook needs it */
	size_t header_bytes; /* bytes of every header line received (stats) */
	size_t max_bytes;
	bool too_large;     /* more than max_bytes arrived */
	bool no_memory;     /* the body would not fit under memory_limit */
	bool in_trailers;   /* the header block ended: what follows are trailers */
	char errbuf[CURL_ERROR_SIZE];
} cb_xfer;

/* The priority a request asks the shared budget (rate_limiter) with. */
typedef enum {
	CB_PRIO_DEFAULT = 0,         /* not set: the client's, else the method's */
	CB_PRIO_LIVE,                /* Calbook\RateLimiter::LIVE */
	CB_PRIO_BATCH                /* Calbook\RateLimiter::BATCH */
} cb_priority;

#define CB_KEY_ID_LEN 32         /* hex characters of SHA-256(api key) in the key id */

typedef struct {
	zend_string *base_url;       /* without trailing '/' */
	zend_string *base_path;      /* the path part of base_url ("/v2"), for log lines */
	zend_string *pool_key;       /* scheme://host:port|ca_file, for persistent handles */
	zend_long team_id;           /* 0 = none */
	zend_long timeout_ms;        /* deadline of a whole call, retries and waits included */
	zend_long connect_timeout_ms;
	zend_long max_retries;
	zend_long max_response_bytes;
	zend_string *user_agent;
	zend_string *ca_file;        /* NULL = system bundle */
	bool persistent;
	bool tls;                    /* base_url is https:// */
	zend_string *versions[CB_FAM_COUNT]; /* NULL = no header */
	struct curl_slist *headers[CB_FAM_COUNT];      /* requests without a body */
	struct curl_slist *headers_body[CB_FAM_COUNT]; /* requests with a JSON body */
	zval logger;                 /* IS_UNDEF, a callable, or an object with log() */
	bool logger_is_object;
	zval rate_limiter;           /* IS_UNDEF, or an object implementing Calbook\RateLimiter */
	char key_id[CB_KEY_ID_LEN + 1]; /* with a rate_limiter: the key's id (a hash prefix) */
	cb_priority priority;        /* the "priority" option */

	CURL *easy;
	pid_t pid;                   /* process that created `easy` */
	cb_xfer x;                   /* where `easy` writes the answer (callbacks bound once) */
	struct curl_slist *cur_headers; /* the header list `easy` has now */
	bool method_is_get;          /* `easy` is set for a plain GET */
	long cur_timeout_ms;         /* the CURLOPT_TIMEOUT_MS `easy` has now */
	bool constructing;           /* the constructor has started (it runs once) */
	bool ready;                  /* the constructor succeeded */

	zend_long st_requests, st_retries, st_opened, st_reused, st_sent, st_received;
	zend_long st_logger_errors;  /* exceptions thrown by the logger, discarded */
	zend_long st_rl_errors;      /* exceptions thrown by the rate limiter's observe(), discarded */
	zend_long st_rl_wait_ms;     /* milliseconds the rate limiter made requests wait */
	zend_object std;
} calbook_client;

static inline calbook_client *calbook_client_from(zend_object *obj)
{
	return (calbook_client *) ((char *) obj - XtOffsetOf(calbook_client, std));
}
#define Z_CLIENT_P(zv) calbook_client_from(Z_OBJ_P(zv))

/* One call: an endpoint of the table (or a request() path) with its values. */
typedef struct {
	const char *fn;               /* "Calbook\\Client::getBooking()", for messages */
	const char *method;           /* "GET", "POST", "PATCH", "PUT", "DELETE" */
	const char *path;             /* template below base_url, "{name}" per segment */
	const char *log_tmpl;         /* the path as log entries show it (a template) */
	const char *made;             /* named when an ambiguous failure may have made something */
	const char *segs[3];
	size_t seg_lens[3];
	size_t nseg;
	const char *seg_field;        /* names the uid when the URL build refuses a segment */
	zend_string *query;           /* "a=b&c=d" or NULL */
	zend_string *body;            /* JSON or NULL */
	cb_family family;
	bool idempotent;
	bool version_override;        /* request(): use `version` (may be NULL) */
	zend_string *version;
	zend_string *own_path;        /* request(): the caller's path */
	zend_string *own_log;         /* request(): its log template */

	bool budget;                  /* read X-RateLimit-Remaining-* (getBookingsByUid) */
	bool batch;                   /* the method's priority is BATCH (getBookings, getBookingsByUid) */
	cb_priority priority;         /* request()'s "priority" option */

	/* filled in by the transport */
	zend_string *url;
	zend_string *log_path;        /* base path + log template: "/v2/bookings/{uid}" */
	zend_long deadline_ms;        /* monotonic ms when timeout_ms runs out */
	bool deadline_fresh;          /* set just now: the first attempt has all of timeout_ms */
	cb_body upload;
} cb_req;

/* What the attempts of one call have come to. */
typedef struct {
	int n;            /* attempts made, this one included */
	bool resent;      /* the one resend of a GET whose connection died before any answer */
	bool retry;       /* try again after wait_ms */
	long wait_ms;
	cb_fail_kind fail;
	long status;      /* HTTP status when fail is CB_FAIL_NONE */
	long remaining;   /* smallest X-RateLimit-Remaining-* (-1 none) */
	long reset_s;     /* seconds until the rate limit resets (-1 none) */
} cb_attempt;

/* client.c */
zend_result calbook_client_log(calbook_client *c, const char *level, zend_string *message, zval *context);
zend_result calbook_client_log_simple(calbook_client *c, const char *level, zval *context, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);

/* transport.c */
void calbook_req_init(cb_req *r, cb_endpoint_id ep, const char *fn);
void calbook_req_seg(cb_req *r, const char *s, size_t len);
void calbook_req_free(cb_req *r);
zend_long calbook_mono_ms(void);
void calbook_sleep_ms(long ms);
/* Builds r->url and r->log_path; sets r->deadline_ms when it is 0. */
zend_result calbook_req_prepare(calbook_client *c, cb_req *r);
/* The path for log lines and messages: "/v2/bookings/{uid}" (made on first use). */
const char *calbook_req_log_path(calbook_client *c, cb_req *r);
/* Runs `r` with its retries; on SUCCESS return_value holds a Calbook\Response, on FAILURE an
 * exception is pending. */
zend_result calbook_execute(calbook_client *c, cb_req *r, zval *return_value);
/* The result handling of one finished transfer, for both paths (see transport.c). */
zend_result calbook_attempt_finish(calbook_client *c, cb_req *r, cb_attempt *a, CURL *h, CURLcode rc,
	cb_xfer *x, bool client_handle, zval *result);
void calbook_xfer_init(cb_xfer *x, size_t max_bytes);
void calbook_xfer_free(cb_xfer *x);
void calbook_xfer_bind(CURL *h, cb_xfer *x);
void calbook_client_http_opts(calbook_client *c, cb_http_opts *o);
CURLSH *calbook_pool_share(calbook_client *c);
void calbook_client_release_easy(calbook_client *c);
struct curl_slist *calbook_headers_build(const char *auth_line, const char *user_agent, const char *version, bool body);
void calbook_slist_free_wipe(struct curl_slist *l);
/* Frees one thread's (or process's) pool: module and globals shutdown. */
void calbook_pool_shutdown(void **pool);

/* validate.c */
zend_string *calbook_json_body(zval *v, const char *fn);
zend_result calbook_query_build(HashTable *q, zend_string **out, const char *fn, const char *what);
bool calbook_positive_int(zval *v, zend_long *out);
zend_result calbook_check_uid(zend_string *uid, const char *fn, const char *field);
/* Throws the InvalidArgumentException for a malformed uid. */
void calbook_check_uid_message(const char *fn, const char *field);
zend_result calbook_check_id(zend_long id, const char *fn, const char *field);
bool calbook_timezone_valid(zend_string *tz);
bool calbook_version_valid(zend_string *v);
bool calbook_header_text_valid(zend_string *s, size_t max);
bool calbook_iso_date_or_time(zval *v);
zend_result calbook_require_utc(HashTable *ht, const char *key, const char *fn, const char *field, bool required);
zend_result calbook_check_known_keys(HashTable *ht, const char *const *allowed, const char *fn, const char *what);
zend_result calbook_create_body(HashTable *in, zval *out);
zend_result calbook_event_type_check(HashTable *data, bool create, const char *fn);

/* transport_multi.c */
void calbook_get_bookings_by_uid(calbook_client *c, HashTable *uids, zend_long concurrency, zval *return_value);

/* Frees the main thread's pool at module shutdown. */
void calbook_client_shutdown(void);

#endif
