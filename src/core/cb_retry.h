/* When calbook retries a request, and how long it waits (plain C, no PHP). */
#ifndef CB_RETRY_H
#define CB_RETRY_H

#include <stdint.h>

/* How a failed attempt ended, from the transport's point of view. */
typedef enum {
	CB_FAIL_NONE = 0,      /* an HTTP answer arrived in full (look at the status) */
	CB_FAIL_NOT_SENT,      /* provably never left: DNS failure, connect refused or timed out,
	                          TLS handshake failure */
	CB_FAIL_REFUSED,       /* provably never left, and trying again cannot help: the server's
	                          certificate was refused, the CA file or the URL is unusable */
	CB_FAIL_AMBIGUOUS,     /* may have reached the server: timeout after sending, reset,
	                          truncated body, connection closed before the answer */
	CB_FAIL_TOO_LARGE,     /* the answer was larger than allowed (aborted while reading) */
	CB_FAIL_LOCAL          /* a local failure before anything was sent (out of memory, bad option) */
} cb_fail_kind;

/* Classifies a libcurl result code. `request_bytes` is CURLINFO_REQUEST_SIZE (bytes of the
 * request sent on the last attempt, 0 when nothing left), `too_large` is set when the body
 * callback refused more data, `rewind_refused` when libcurl wanted to resend a body that was
 * already sent. */
cb_fail_kind cb_fail_classify(int curl_code, long request_bytes, int too_large, int rewind_refused);

/* What to do after an attempt. */
typedef enum {
	CB_RETRY_NO = 0,        /* return what we have */
	CB_RETRY_BACKOFF,       /* wait cb_backoff_ms() and try again */
	CB_RETRY_RATE_LIMIT     /* wait for the rate-limit reset, then try again */
} cb_retry_action;

/* Retry decision.
 *   idempotent: GET, DELETE, and POSTs that are idempotent by nature (confirm, decline,
 *     mark-absent). Anything else (create, reschedule, cancel, reassign, reserve, ...) is
 *     retried only when the attempt provably never left (CB_FAIL_NOT_SENT).
 *   fail: how the attempt ended; status: the HTTP status when fail is CB_FAIL_NONE.
 *   attempt: attempts made so far (1 after the first); max_retries: 0 turns retries off.
 *   reset_s: seconds until the rate limit resets (-1 unknown), reset_cap_s: the longest wait
 *     for a 429; beyond it the 429 is returned. */
cb_retry_action cb_retry_decide(int idempotent, cb_fail_kind fail, long status, int attempt,
	int max_retries, long reset_s, long reset_cap_s);

/* Capped exponential backoff with full jitter: a uniform wait in [0, min(cap, base * 2^(attempt-1))].
 * `rnd` is any 32-bit random value. */
long cb_backoff_ms(int attempt, long base_ms, long cap_ms, uint32_t rnd);

#define CB_BACKOFF_BASE_MS 100
#define CB_BACKOFF_CAP_MS 2000
#define CB_RATE_LIMIT_CAP_S 10

#endif
