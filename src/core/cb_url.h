/* URLs for Cal.com: base URL checks, path segments, percent-encoding (plain C, no PHP). */
#ifndef CB_URL_H
#define CB_URL_H

#include <stddef.h>

/* Result codes of the functions below (negative = refused). */
enum {
	CB_URL_OK = 0,
	CB_URL_E_SPACE = -1,    /* the output buffer is too small */
	CB_URL_E_SEGMENT = -2,  /* a path segment is empty, too long or has a forbidden byte */
	CB_URL_E_PATH = -3,     /* a relative path is malformed (no leading '/', "..", '?', '#', control bytes) */
	CB_URL_E_BASE = -4,     /* the base URL is malformed */
	CB_URL_E_INSECURE = -5, /* http:// to a host that is not loopback */
	CB_URL_E_FORMAT = -6    /* a path template and its segments do not match */
};

/* A booking uid or reservation uid: [A-Za-z0-9_-]{1,128}. Returns 1 when valid. */
int cb_uid_valid(const char *s, size_t len);

/* A request() path relative to the base URL: starts with '/', at most 2048 bytes, only
 * RFC 3986 path characters (unreserved, sub-delims, ':', '@', '/', and '%' followed by two hex
 * digits), no "." or ".." segment, no '?', '#', whitespace, control byte or NUL; no "//".
 * Returns CB_URL_OK or CB_URL_E_PATH. */
int cb_path_check(const char *path, size_t len);

/* Checks a base URL: "https://host[:port][/path]" or "http://" with a loopback host
 * (127.0.0.0/8, [::1], localhost). No userinfo, query, fragment, whitespace or control bytes.
 * Returns CB_URL_OK, CB_URL_E_BASE or CB_URL_E_INSECURE. */
int cb_base_url_check(const char *url, size_t len);

/* Percent-encodes `len` bytes of `s` into `out` (RFC 3986: everything but ALPHA DIGIT - . _ ~).
 * Writes at most `cap` bytes including a terminating NUL. Returns the length written (without
 * the NUL), or CB_URL_E_SPACE. */
long cb_pct_encode(char *out, size_t cap, const char *s, size_t len);

/* Builds base + path into `out` (NUL-terminated, at most `cap` bytes).
 *   base: the client's base URL ("https://api.cal.com/v2"); a trailing '/' is dropped.
 *   path_fmt: a path template starting with '/', where each "{}" or "{name}" takes the next
 *     segment, e.g. "/bookings/{uid}/cancel". Literal bytes of the template are copied as they are.
 *   segs/seg_lens/nseg: the segment values. Each must be 1..128 bytes of
 *     [A-Za-z0-9_-] (uids, or decimal ids); they are percent-encoded all the same, so nothing in
 *     a segment can add a path level, a query, a fragment or a header.
 * Returns the length written, or a negative CB_URL_E_* code (nothing usable in `out`). */
long cb_url_build(char *out, size_t cap, const char *base, const char *path_fmt,
	const char *const *segs, const size_t *seg_lens, size_t nseg);

#endif
