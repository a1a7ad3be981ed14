/* libFuzzer harness: URL and path-segment building (src/core/cb_url.c).
 * The input is split at its first two NUL bytes into a segment, a request() path and a base URL.
 * Checks: percent-encoding round-trips and emits only unreserved bytes and %XX; a built URL is the
 * base plus the template with the segment encoded (no '?', '#', '/', space or control byte added by
 * a segment); an accepted path has no ".." segment, query or fragment; buffers of every size from
 * 0 up are never overrun (each is an exact-size allocation).
 * seeds: strings */
#include "core/cb_url.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		c == '_' || c == '~';
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

static void check_encode(const char *s, size_t len)
{
	size_t cap = 3 * len + 1, i, j = 0;
	char *out = malloc(cap), *small;
	long n;

	if (!out) {
		return;
	}
	n = cb_pct_encode(out, cap, s, len);
	if (n < 0 || (size_t) n >= cap || out[n] != '\0') {
		abort();
	}
	for (i = 0; i < (size_t) n; i++) {
		unsigned char c = (unsigned char) out[i];
		if (c == '%') {
			int hi, lo;
			if (i + 2 >= (size_t) n + 1 || (hi = hexval(out[i + 1])) < 0 || (lo = hexval(out[i + 2])) < 0) {
				abort();
			}
			if (j >= len || (unsigned char) s[j] != (unsigned) (hi * 16 + lo)) {
				abort();
			}
			i += 2;
		} else {
			if (!unreserved(c) || j >= len || s[j] != (char) c) {
				abort();
			}
		}
		j++;
	}
	if (j != len) {
		abort();
	}
	/* Exactly one byte too small must be refused. */
	if (n > 0) {
		small = malloc((size_t) n);
		if (small) {
			if (cb_pct_encode(small, (size_t) n, s, len) != CB_URL_E_SPACE) {
				abort();
			}
			free(small);
		}
	}
	free(out);
}

static void check_build(const char *seg, size_t seglen, const char *base)
{
	static const char *const fmts[] = {"/bookings/{}", "/bookings/{}/cancel", "/bookings/{}/reassign/{}", "/slots"};
	const char *segs[2] = {seg, seg};
	size_t lens[2] = {seglen, seglen};
	size_t f, cap, nseg, base_len = strlen(base);
	char *out;
	long n;

	while (base_len > 0 && base[base_len - 1] == '/') {
		base_len--;
	}
	for (f = 0; f < sizeof(fmts) / sizeof(fmts[0]); f++) {
		nseg = (size_t) (strstr(fmts[f], "{}/reassign/{}") ? 2 : strstr(fmts[f], "{}") ? 1 : 0);
		for (cap = 0; cap < base_len + 3 * 2 * seglen + 40; cap += (cap < 8 ? 1 : cap / 2 + 1)) {
			out = malloc(cap ? cap : 1);
			if (!out) {
				return;
			}
			n = cb_url_build(cap ? out : out, cap, base, fmts[f], segs, lens, nseg);
			if (n >= 0) {
				size_t i;
				if ((size_t) n >= cap || out[n] != '\0' || (size_t) n < base_len || memcmp(out, base, base_len) != 0) {
					abort();
				}
				if (!cb_uid_valid(seg, seglen) && nseg > 0) {
					abort(); /* an invalid segment was accepted */
				}
				for (i = base_len; i < (size_t) n; i++) {
					unsigned char c = (unsigned char) out[i];
					if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#') {
						abort();
					}
				}
			}
			free(out);
		}
	}
}

static void check_path(const char *p, size_t len)
{
	size_t i;

	if (cb_path_check(p, len) != CB_URL_OK) {
		return;
	}
	if (len == 0 || p[0] != '/') {
		abort();
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) p[i];
		if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#' || c == '\\') {
			abort();
		}
		if (c == '/' && i + 1 < len && p[i + 1] == '/') {
			abort();
		}
		if (c == '/' && i + 2 < len + 0 && p[i + 1] == '.' && p[i + 2] == '.' && (i + 3 == len || p[i + 3] == '/')) {
			abort();
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *d = (const char *) data;
	const char *nul1 = memchr(d, '\0', size), *nul2;
	size_t seglen = nul1 ? (size_t) (nul1 - d) : size;
	size_t rest_off = nul1 ? seglen + 1 : size, pathlen, baselen;
	char *seg, *path, *base;

	nul2 = rest_off < size ? memchr(d + rest_off, '\0', size - rest_off) : NULL;
	pathlen = nul2 ? (size_t) (nul2 - (d + rest_off)) : size - rest_off;
	baselen = nul2 ? size - rest_off - pathlen - 1 : 0;

	/* Exact-size copies, so any read past a given length is an ASan error. */
	seg = malloc(seglen ? seglen : 1);
	path = malloc(pathlen ? pathlen : 1);
	base = malloc(baselen + 1);
	if (!seg || !path || !base) {
		free(seg);
		free(path);
		free(base);
		return 0;
	}
	memcpy(seg, d, seglen);
	memcpy(path, d + rest_off, pathlen);
	if (baselen) {
		memcpy(base, nul2 + 1, baselen);
	}
	base[baselen] = '\0';

	(void) cb_uid_valid(seg, seglen);
	check_encode(seg, seglen);
	check_path(seg, seglen);
	check_path(path, pathlen);
	(void) cb_base_url_check(base, baselen);
	(void) cb_base_url_check(seg, seglen);
	check_build(seg, seglen, "https://api.cal.com/v2");
	check_build(seg, seglen, "http://127.0.0.1:8080/v2/");
	if (cb_base_url_check(base, baselen) == CB_URL_OK && memchr(base, '\0', baselen) == NULL) {
		check_build(seg, seglen, base);
	}
	free(seg);
	free(path);
	free(base);
	return 0;
}
