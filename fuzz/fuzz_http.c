/* libFuzzer harness: the transport's pure pieces (src/core/cb_http.c header lines,
 * src/core/cb_retry.c retry decisions, src/core/cb_validate.c input shapes, and
 * cb_ratelimit_reset_seconds). Checks that parsed header spans lie inside the line, a status is
 * 100..999, a create is never retried unless it provably never left, and backoff stays in range.
 * seeds: strings */
#include "core/cb_apierr.h"
#include "core/cb_http.h"
#include "core/cb_retry.h"
#include "core/cb_validate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void inside(const char *p, size_t n, const char *line, size_t len)
{
	if (n == 0) {
		return;
	}
	if (!p || p < line || p + n > line + len) {
		abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *line = malloc(size ? size : 1);
	const char *name = NULL, *value = NULL;
	size_t name_len = 0, value_len = 0;
	long status = 0, long_v;
	long long ll;
	int r, i;

	if (!line) {
		return 0;
	}
	memcpy(line, data, size);
	r = cb_http_header_line(line, size, &name, &name_len, &value, &value_len, &status);
	if (r == 2 && (status < 100 || status > 999)) {
		abort();
	}
	if (r == 1) {
		inside(name, name_len, line, size);
		inside(value, value_len, line, size);
		if (name_len == 0) {
			abort();
		}
		long_v = cb_ratelimit_reset_seconds(value, value_len, (time_t) 1700000000);
		if (long_v < -1) {
			abort();
		}
	}
	(void) cb_iso8601_utc_valid(line, size);
	(void) cb_email_valid(line, size);
	(void) cb_e164_valid(line, size);
	if (cb_decimal_int(line, size, &ll) && size == 0) {
		abort();
	}
	if (size >= 8) {
		int idem = data[0] & 1, attempt = data[1] % 16, maxr = data[2] % 12;
		cb_fail_kind fail = (cb_fail_kind) (data[3] % 6);
		long st = 100 + (long) ((data[4] | (data[5] << 8)) % 500), reset = (long) (int8_t) data[6];
		cb_retry_action a = cb_retry_decide(idem, fail, st, attempt, maxr, reset, CB_RATE_LIMIT_CAP_S);
		if (a != CB_RETRY_NO && !idem && fail != CB_FAIL_NOT_SENT) {
			abort(); /* a create/reschedule/cancel that may have reached the server must never be resent */
		}
		if (a != CB_RETRY_NO && fail == CB_FAIL_REFUSED) {
			abort(); /* a refused certificate or an unusable URL never goes away by itself */
		}
		if (a != CB_RETRY_NO && (maxr == 0 || attempt > maxr)) {
			abort();
		}
		for (i = 1; i < 40; i++) {
			uint32_t rnd;
			memcpy(&rnd, data + 4, 4);
			long w = cb_backoff_ms(i, CB_BACKOFF_BASE_MS, CB_BACKOFF_CAP_MS, rnd);
			if (w < 0 || w > CB_BACKOFF_CAP_MS) {
				abort();
			}
		}
		(void) cb_fail_classify((int) (int8_t) data[7], (long) data[6] - 1, data[5] & 1, data[5] & 2);
	}
	free(line);
	return 0;
}
