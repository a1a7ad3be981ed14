/* Shapes of booking input values Cal.com accepts. */
#include "core/cb_validate.h"

#include <limits.h>
#include <string.h>

static int digits(const char *s, size_t n, int *out)
{
	size_t i;
	int v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return 0;
		}
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

int cb_iso8601_utc_valid(const char *s, size_t len)
{
	static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y, mo, d, h, mi, sec = 0, dim;
	size_t p;
	const char *z;
	size_t zl;

	if (!s || len < 17 || len > 40) {
		return 0;
	}
	if (!digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' || !digits(s + 8, 2, &d)
		|| s[10] != 'T' || !digits(s + 11, 2, &h) || s[13] != ':' || !digits(s + 14, 2, &mi)) {
		return 0;
	}
	p = 16;
	if (p < len && s[p] == ':') {
		if (p + 3 > len || !digits(s + p + 1, 2, &sec)) {
			return 0;
		}
		p += 3;
		if (p < len && s[p] == '.') {
			size_t f = ++p;
			while (p < len && s[p] >= '0' && s[p] <= '9') {
				p++;
			}
			if (p == f || p - f > 9) {
				return 0;
			}
		}
	}
	if (y < 1970 || mo < 1 || mo > 12 || h > 23 || mi > 59 || sec > 59) {
		return 0;
	}
	dim = mdays[mo - 1];
	if (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) {
		dim = 29;
	}
	if (d < 1 || d > dim) {
		return 0;
	}
	z = s + p;
	zl = len - p;
	return (zl == 1 && z[0] == 'Z')
		|| (zl == 6 && (z[0] == '+' || z[0] == '-') && memcmp(z + 1, "00:00", 5) == 0)
		|| (zl == 5 && (z[0] == '+' || z[0] == '-') && memcmp(z + 1, "0000", 4) == 0);
}

int cb_email_valid(const char *s, size_t len)
{
	size_t i, at = (size_t) -1;
	const char *dot;

	if (!s || len < 3 || len > 254) {
		return 0;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char) s[i];
		if (c <= 0x20 || c == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '\\') {
			return 0;
		}
		if (c == '@') {
			if (at != (size_t) -1) {
				return 0;
			}
			at = i;
		}
	}
	if (at == (size_t) -1 || at == 0 || at > 64 || at + 1 >= len) {
		return 0;
	}
	dot = memchr(s + at + 1, '.', len - at - 1);
	if (!dot || dot == s + at + 1 || s[len - 1] == '.') {
		return 0;
	}
	/* No ".." in the domain; bounded by len (s need not be NUL-terminated). */
	for (i = at + 1; i + 1 < len; i++) {
		if (s[i] == '.' && s[i + 1] == '.') {
			return 0;
		}
	}
	return 1;
}

int cb_e164_valid(const char *s, size_t len)
{
	size_t i;
	if (!s || len < 9 || len > 16 || s[0] != '+' || s[1] == '0') {
		return 0;
	}
	for (i = 1; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return 0;
		}
	}
	return 1;
}

int cb_decimal_int(const char *s, size_t len, long long *out)
{
	size_t i = 0;
	int neg = 0;
	unsigned long long v = 0, limit;

	if (!s || len == 0 || len > 20) {
		return 0;
	}
	if (s[0] == '-') {
		neg = 1;
		i = 1;
		if (len == 1) {
			return 0;
		}
	}
	if (s[i] == '0' && len - i > 1) {
		return 0;
	}
	limit = neg ? (unsigned long long) LLONG_MAX + 1ULL : (unsigned long long) LLONG_MAX;
	for (; i < len; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return 0;
		}
		if (v > (limit - (unsigned long long) (s[i] - '0')) / 10) {
			return 0;
		}
		v = v * 10 + (unsigned long long) (s[i] - '0');
	}
	if (neg) {
		*out = v == (unsigned long long) LLONG_MAX + 1ULL ? LLONG_MIN : -(long long) v;
	} else {
		*out = (long long) v;
	}
	return 1;
}
