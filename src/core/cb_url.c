/* URLs for Cal.com: base URL checks, path segments, percent-encoding. */
#include "core/cb_url.h"

#include <string.h>

static int is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
		|| c == '-' || c == '.' || c == '_' || c == '~';
}

static int is_hex(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* 1 for the bytes of a uid: A-Z a-z 0-9 '-' '_'. */
static const unsigned char uid_byte[256] = {
	['-'] = 1, ['_'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1,
	['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
	['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1,
	['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1,
	['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
};

/* 1 for the bytes a path template may hold literally: printable ASCII but space, '?', '#'. */
static const unsigned char literal_byte[256] = {
	[0x21] = 1, [0x22] = 1, [0x24 ... 0x3e] = 1, [0x40 ... 0x7e] = 1,
};

int cb_uid_valid(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s, *end = u + len;

	if (!s || len == 0 || len > 128) {
		return 0;
	}
	while (end - u >= 4) {
		if (!(uid_byte[u[0]] & uid_byte[u[1]] & uid_byte[u[2]] & uid_byte[u[3]])) {
			return 0;
		}
		u += 4;
	}
	while (u < end) {
		if (!uid_byte[*u++]) {
			return 0;
		}
	}
	return 1;
}

int cb_path_check(const char *path, size_t len)
{
	size_t i, seg_start;

	if (!path || len == 0 || len > 2048 || path[0] != '/') {
		return CB_URL_E_PATH;
	}
	seg_start = 1;
	for (i = 1; i <= len; i++) {
		unsigned char c = i < len ? (unsigned char) path[i] : '/';
		if (c == '/') {
			size_t seg_len = i - seg_start;
			const char *seg = path + seg_start;
			if (i < len && seg_len == 0) {
				return CB_URL_E_PATH; /* "//" */
			}
			if ((seg_len == 1 && seg[0] == '.') || (seg_len == 2 && seg[0] == '.' && seg[1] == '.')) {
				return CB_URL_E_PATH;
			}
			seg_start = i + 1;
			continue;
		}
		if (c == '%') {
			if (i + 2 >= len || !is_hex((unsigned char) path[i + 1]) || !is_hex((unsigned char) path[i + 2])) {
				return CB_URL_E_PATH;
			}
			/* An encoded dot or slash could rebuild ".." or a new level after decoding. */
			if ((path[i + 1] == '2' && (path[i + 2] == 'e' || path[i + 2] == 'E' || path[i + 2] == 'f' || path[i + 2] == 'F'))
				|| (path[i + 1] == '5' && (path[i + 2] == 'c' || path[i + 2] == 'C'))
				|| (path[i + 1] == '0' && path[i + 2] == '0')) {
				return CB_URL_E_PATH;
			}
			i += 2;
			continue;
		}
		if (is_unreserved(c)) {
			continue;
		}
		switch (c) {
		case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+':
		case ',': case ';': case '=': case ':': case '@':
			continue;
		default:
			return CB_URL_E_PATH;
		}
	}
	return CB_URL_OK;
}

static int ascii_ieq(const char *a, size_t alen, const char *b)
{
	size_t blen = strlen(b), i;
	if (alen != blen) {
		return 0;
	}
	for (i = 0; i < alen; i++) {
		char x = a[i], y = b[i];
		if (x >= 'A' && x <= 'Z') {
			x = (char) (x - 'A' + 'a');
		}
		if (x != y) {
			return 0;
		}
	}
	return 1;
}

/* 127.0.0.0/8 in dotted-quad form only (no shorthand forms). */
static int is_ipv4_loopback(const char *h, size_t len)
{
	int parts = 0;
	size_t i = 0;

	while (i < len) {
		unsigned v = 0;
		size_t digits = 0;
		while (i < len && h[i] >= '0' && h[i] <= '9') {
			v = v * 10 + (unsigned) (h[i] - '0');
			if (++digits > 3) {
				return 0;
			}
			i++;
		}
		if (digits == 0 || v > 255 || (parts == 0 && v != 127)) {
			return 0;
		}
		parts++;
		if (i < len) {
			if (h[i] != '.' || parts == 4) {
				return 0;
			}
			i++;
			if (i == len) {
				return 0;
			}
		}
	}
	return parts == 4;
}

int cb_base_url_check(const char *url, size_t len)
{
	size_t i, scheme_len, host_start, host_end, auth_end;
	int https;

	if (!url || len == 0 || len > 1024) {
		return CB_URL_E_BASE;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) url[i];
		if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#' || c == '\\' || c == '@') {
			return CB_URL_E_BASE;
		}
	}
	if (len > 8 && ascii_ieq(url, 8, "https://")) {
		https = 1;
		scheme_len = 8;
	} else if (len > 7 && ascii_ieq(url, 7, "http://")) {
		https = 0;
		scheme_len = 7;
	} else {
		return CB_URL_E_BASE;
	}
	host_start = scheme_len;
	auth_end = host_start;
	while (auth_end < len && url[auth_end] != '/') {
		auth_end++;
	}
	if (auth_end == host_start) {
		return CB_URL_E_BASE;
	}
	if (url[host_start] == '[') {
		host_end = host_start;
		while (host_end < auth_end && url[host_end] != ']') {
			host_end++;
		}
		if (host_end == auth_end) {
			return CB_URL_E_BASE;
		}
		host_end++; /* past ']' */
	} else {
		host_end = host_start;
		while (host_end < auth_end && url[host_end] != ':') {
			host_end++;
		}
	}
	if (host_end == host_start) {
		return CB_URL_E_BASE;
	}
	if (host_end < auth_end) {
		size_t p = host_end + 1;
		unsigned long port = 0;
		if (url[host_end] != ':' || p == auth_end) {
			return CB_URL_E_BASE;
		}
		for (; p < auth_end; p++) {
			if (url[p] < '0' || url[p] > '9') {
				return CB_URL_E_BASE;
			}
			port = port * 10 + (unsigned long) (url[p] - '0');
			if (port > 65535) {
				return CB_URL_E_BASE;
			}
		}
		if (port == 0) {
			return CB_URL_E_BASE;
		}
	}
	if (auth_end < len && cb_path_check(url + auth_end, len - auth_end) != CB_URL_OK) {
		return CB_URL_E_BASE;
	}
	if (!https) {
		const char *h = url + host_start;
		size_t hl = host_end - host_start;
		if (!(ascii_ieq(h, hl, "localhost") || ascii_ieq(h, hl, "[::1]") || is_ipv4_loopback(h, hl))) {
			return CB_URL_E_INSECURE;
		}
	}
	return CB_URL_OK;
}

long cb_pct_encode(char *out, size_t cap, const char *s, size_t len)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i, o = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];
		if (is_unreserved(c)) {
			if (o + 1 >= cap) {
				return CB_URL_E_SPACE;
			}
			out[o++] = (char) c;
		} else {
			if (o + 3 >= cap) {
				return CB_URL_E_SPACE;
			}
			out[o++] = '%';
			out[o++] = hex[c >> 4];
			out[o++] = hex[c & 15];
		}
	}
	if (o >= cap) {
		return CB_URL_E_SPACE;
	}
	out[o] = '\0';
	return (long) o;
}

long cb_url_build(char *out, size_t cap, const char *base, const char *path_fmt,
	const char *const *segs, const size_t *seg_lens, size_t nseg)
{
	size_t base_len, o = 0, used = 0;
	const char *p;

	if (!out || cap == 0 || !base || !path_fmt || path_fmt[0] != '/' || (nseg && (!segs || !seg_lens))) {
		return CB_URL_E_FORMAT;
	}
	base_len = strlen(base);
	while (base_len > 0 && base[base_len - 1] == '/') {
		base_len--;
	}
	if (base_len == 0) {
		return CB_URL_E_BASE;
	}
	if (base_len >= cap) {
		return CB_URL_E_SPACE;
	}
	memcpy(out, base, base_len);
	o = base_len;

	for (p = path_fmt; *p; ) {
		if (p[0] == '{') {
			const char *close = strchr(p, '}');
			size_t n;
			if (!close) {
				return CB_URL_E_FORMAT;
			}
			if (used >= nseg) {
				return CB_URL_E_FORMAT;
			}
			if (!cb_uid_valid(segs[used], seg_lens[used])) {
				return CB_URL_E_SEGMENT;
			}
			/* A valid segment is all unreserved bytes: its percent-encoding is itself. */
			n = seg_lens[used];
			if (o + n >= cap) {
				return CB_URL_E_SPACE;
			}
			memcpy(out + o, segs[used], n);
			o += n;
			used++;
			p = close + 1;
			continue;
		}
		{
			/* A run of literal bytes up to the next placeholder: no control bytes, spaces, '?',
			 * '#' or non-ASCII. */
			const char *q = p;
			size_t n;
			while (*q && *q != '{') {
				if (!literal_byte[(unsigned char) *q]) {
					return CB_URL_E_FORMAT;
				}
				q++;
			}
			n = (size_t) (q - p);
			if (o + n >= cap) {
				return CB_URL_E_SPACE;
			}
			memcpy(out + o, p, n);
			o += n;
			p = q;
		}
	}
	if (used != nseg) {
		return CB_URL_E_FORMAT;
	}
	if (o >= cap) {
		return CB_URL_E_SPACE;
	}
	out[o] = '\0';
	return (long) o;
}
