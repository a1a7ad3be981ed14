/* libFuzzer harness: name and email normalization (src/core/cb_norm.c, utf8proc for
 * non-ASCII). A name's result may be longer than its input (ß -> ss, compatibility forms), so
 * it is first written to a large buffer, then again to a buffer of exactly its size + 1 (must
 * give the same bytes) and to one byte less (must be refused, never overrun: ASan).
 * Checks: invalid UTF-8 is refused, a result is valid UTF-8, has no upper-case ASCII, no
 * leading, trailing or double spaces, the reported word count is right, both modes agree when no
 * umlaut was reported, and
 * normalizing a name again changes nothing.
 * seeds: strings */
#include "core/cb_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Room for any result: one code point decomposes into at most 18 (U+FDFA). */
#define EXPANSION 20

static long name_exact(const char *in, size_t len, int mode, char **out)
{
	size_t cap = len * EXPANSION + 1;
	char *big = malloc(cap), *exact;
	long n;
	cb_norm_info info;

	*out = NULL;
	if (!big) {
		return -2;
	}
	n = cb_norm_name(in, len, mode, big, cap, &info);
	if (n < 0) {
		free(big);
		return n;
	}
	if (info.words != cb_norm_words(big, (size_t) n)) {
		abort(); /* the word count reported must be the result's */
	}
	exact = malloc((size_t) n + 1);
	if (exact) {
		if (cb_norm_name(in, len, mode, exact, (size_t) n + 1, NULL) != n || memcmp(exact, big, (size_t) n + 1) != 0) {
			abort();
		}
		if (n > 0) {
			/* one byte short: refused */
			if (cb_norm_name(in, len, mode, exact, (size_t) n, NULL) != -1) {
				abort();
			}
		}
	}
	free(exact);
	*out = big;
	return n;
}

static void check_name(const char *in, size_t len, int valid)
{
	char *out[2] = {NULL, NULL}, *again;
	long n[2], m;
	size_t i;
	int mode;
	cb_norm_info info = {0, 0};

	for (mode = CB_NORM_TRANSLIT; mode <= CB_NORM_STRIP; mode++) {
		n[mode] = name_exact(in, len, mode, &out[mode]);
		if (n[mode] == -2) {
			goto done;
		}
		if (!valid && n[mode] != -1) {
			abort();
		}
		if (valid && n[mode] < 0) {
			abort(); /* valid input always fits the large buffer */
		}
		if (n[mode] < 0) {
			continue;
		}
		if (out[mode][n[mode]] != '\0' || !cb_utf8_valid(out[mode], (size_t) n[mode])) {
			abort();
		}
		if (n[mode] > 0 && (out[mode][0] == ' ' || out[mode][n[mode] - 1] == ' ')) {
			abort();
		}
		for (i = 0; i < (size_t) n[mode]; i++) {
			if ((i > 0 && out[mode][i] == ' ' && out[mode][i - 1] == ' ') || (out[mode][i] >= 'A' && out[mode][i] <= 'Z')) {
				abort();
			}
		}
		if (n[mode] > 0 && cb_norm_words(out[mode], (size_t) n[mode]) == 0) {
			abort();
		}
		m = name_exact(out[mode], (size_t) n[mode], mode, &again);
		if (m != -2 && (m != n[mode] || memcmp(again, out[mode], (size_t) n[mode]) != 0)) {
			abort(); /* not idempotent */
		}
		free(again);
	}
	if (valid && n[0] >= 0 && n[1] >= 0) {
		(void) cb_norm_name(in, len, CB_NORM_TRANSLIT, out[0], len * EXPANSION + 1, &info);
		if (!info.umlaut && (n[0] != n[1] || memcmp(out[0], out[1], (size_t) n[0]) != 0)) {
			abort(); /* the modes differ only for umlauts */
		}
	}
done:
	free(out[0]);
	free(out[1]);
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
	check_name(in, size, valid);
	if (cb_norm_name(in, size, 7, NULL, 0, NULL) != -1) {
		abort(); /* bad mode */
	}
	check_email(in, size, valid);
	free(in);
	return 0;
}
