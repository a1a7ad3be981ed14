/* libFuzzer harness: name and email normalization (src/core/cb_norm.c). Output buffers are
 * exactly len + 1 bytes (the documented minimum), so a write past the result is caught by ASan.
 * Checks: invalid UTF-8 is refused, a result is valid UTF-8 no longer than the input, has no
 * leading, trailing or double spaces, and normalizing a name again changes nothing.
 * seeds: strings */
#include "core/cb_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_name(const char *in, size_t len, int mode, int valid)
{
	char *out = malloc(len + 1), *again;
	long n, m;
	size_t i;

	if (!out) {
		return;
	}
	n = cb_norm_name(in, len, mode, out, len + 1);
	if (!valid && n != -1) {
		abort();
	}
	if (n >= 0) {
		if ((size_t) n > len || out[n] != '\0' || !cb_utf8_valid(out, (size_t) n)) {
			abort();
		}
		if (n > 0 && (out[0] == ' ' || out[n - 1] == ' ')) {
			abort();
		}
		for (i = 1; i < (size_t) n; i++) {
			if (out[i] == ' ' && out[i - 1] == ' ') {
				abort();
			}
		}
		if (n > 0 && cb_norm_words(out, (size_t) n) == 0) {
			abort();
		}
		again = malloc((size_t) n + 1);
		if (again) {
			m = cb_norm_name(out, (size_t) n, mode, again, (size_t) n + 1);
			if (m != n || memcmp(again, out, (size_t) n) != 0) {
				abort(); /* not idempotent */
			}
			free(again);
		}
	}
	/* A buffer one byte too small must be refused, never overrun. */
	if (len > 0) {
		char *small = malloc(len);
		if (small) {
			(void) cb_norm_name(in, len, mode, small, len);
			free(small);
		}
	}
	free(out);
}

static void check_email(const char *in, size_t len, int valid)
{
	char *out = malloc(len + 1), *again;
	long n, m;
	size_t i, at = 0;

	if (!out) {
		return;
	}
	n = cb_norm_email(in, len, out, len + 1);
	if (!valid && n != -1) {
		abort();
	}
	if (n >= 0) {
		if ((size_t) n > len || out[n] != '\0' || !cb_utf8_valid(out, (size_t) n)) {
			abort();
		}
		for (i = 0; i < (size_t) n; i++) {
			if (out[i] == '@') {
				at++;
			}
			if (out[i] >= 'A' && out[i] <= 'Z') {
				abort();
			}
		}
		if (at != 1) {
			abort();
		}
		again = malloc((size_t) n + 1);
		if (again) {
			/* A result is again a valid address. (Not necessarily a fixed point: Cal.com's alias
			 * "+<25 letters/digits>" is removed once, so "a+<25>+<25>@d" keeps one.) */
			m = cb_norm_email(out, (size_t) n, again, (size_t) n + 1);
			if (m < 0 || m > n) {
				abort();
			}
			free(again);
		}
	}
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A copy of exactly size bytes: the functions must not need a NUL terminator. */
	char *in = malloc(size ? size : 1);
	int valid;

	if (!in) {
		return 0;
	}
	memcpy(in, data, size);
	valid = cb_utf8_valid(in, size);
	check_name(in, size, CB_NORM_TRANSLIT, valid);
	check_name(in, size, CB_NORM_STRIP, valid);
	if (cb_norm_name(in, size, 7, NULL, 0) != -1) {
		abort(); /* bad mode */
	}
	check_email(in, size, valid);
	free(in);
	return 0;
}
