/* Name and email normalization (see cb_norm.h). */
#include "cb_norm.h"

#include <string.h>

/* Decodes one UTF-8 sequence at s[0..len). Returns its length (1..4) and the code point, or 0
 * for an invalid or truncated sequence, or a NUL byte. */
static size_t utf8_next(const unsigned char *s, size_t len, unsigned *cp)
{
	unsigned c = s[0];

	if (c == 0) {
		return 0;
	}
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		if (len < 2 || (s[1] & 0xC0) != 0x80) {
			return 0;
		}
		*cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		unsigned v;
		if (len < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) {
			return 0;
		}
		v = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
		if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) {
			return 0;
		}
		*cp = v;
		return 3;
	}
	if (c >= 0xF0 && c <= 0xF4) {
		unsigned v;
		if (len < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) {
			return 0;
		}
		v = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
		if (v < 0x10000 || v > 0x10FFFF) {
			return 0;
		}
		*cp = v;
		return 4;
	}
	return 0;
}

int cb_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	unsigned cp;

	while (i < len) {
		size_t n;
		if (p[i] >= 0x01 && p[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_next(p + i, len - i, &cp);
		if (n == 0) {
			return 0;
		}
		i += n;
	}
	return 1;
}

/* ASCII folding of U+00C0..U+00FF (lower and upper case alike). "" marks a separator; "*" an
 * umlaut handled per mode. */
static const char *const latin1[64] = {
	/* C0 */ "a", "a", "a", "a", "*", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* D0 */ "d", "n", "o", "o", "o", "o", "*", "", "o", "u", "u", "u", "*", "y", "th", "ss",
	/* E0 */ "a", "a", "a", "a", "*", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	/* F0 */ "d", "n", "o", "o", "o", "o", "*", "", "o", "u", "u", "u", "*", "y", "th", "y"
};

/* ASCII folding of U+0100..U+017F, by ranges. */
static const char *latin_ext_a(unsigned cp)
{
	if (cp <= 0x0105) return "a";
	if (cp <= 0x010D) return "c";
	if (cp <= 0x0111) return "d";
	if (cp <= 0x011B) return "e";
	if (cp <= 0x0123) return "g";
	if (cp <= 0x0127) return "h";
	if (cp <= 0x0131) return "i";
	if (cp <= 0x0133) return "ij";
	if (cp <= 0x0135) return "j";
	if (cp <= 0x0138) return "k";
	if (cp <= 0x0142) return "l";
	if (cp <= 0x014B) return "n";
	if (cp <= 0x0151) return "o";
	if (cp <= 0x0153) return "oe";
	if (cp <= 0x0159) return "r";
	if (cp <= 0x0161) return "s";
	if (cp <= 0x0167) return "t";
	if (cp <= 0x0173) return "u";
	if (cp <= 0x0175) return "w";
	if (cp <= 0x0178) return "y";
	if (cp <= 0x017E) return "z";
	return "s";
}

static int is_space_cp(unsigned cp)
{
	return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000
		|| cp == 0x2028 || cp == 0x2029 || cp == 0x205F || (cp >= 0x2010 && cp <= 0x2015);
}

static void reverse(char *s, size_t n)
{
	size_t i = 0, j;
	if (n < 2) {
		return;
	}
	j = n - 1;
	while (i < j) {
		char t = s[i];
		s[i++] = s[j];
		s[j--] = t;
	}
}

long cb_norm_name(const char *in, size_t len, int mode, char *out, size_t outcap)
{
	const unsigned char *p = (const unsigned char *)in;
	size_t i = 0, o = 0, comma_at = 0;
	int pending_sep = 0, seen_comma = 0, comma_words_before = 0;

	if ((mode != CB_NORM_TRANSLIT && mode != CB_NORM_STRIP) || out == NULL || outcap < len + 1
		|| (in == NULL && len > 0)) {
		return -1;
	}
	while (i < len) {
		unsigned cp;
		size_t n = utf8_next(p + i, len - i, &cp);
		const char *rep = NULL;
		char one[2] = {0, 0};

		if (n == 0) {
			return -1;
		}
		if (cp < 0x80) {
			if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
				one[0] = (char)cp;
				rep = one;
			} else if (cp >= 'A' && cp <= 'Z') {
				one[0] = (char)(cp + 32);
				rep = one;
			} else if (cp == '\'' || cp == '`') {
				i += n;
				continue;
			} else if (cp == ',' && !seen_comma) {
				seen_comma = 1;
				comma_words_before = o > 0;
				comma_at = o;
				pending_sep = o > 0;
				i += n;
				continue;
			} else {
				pending_sep = o > 0;
				i += n;
				continue;
			}
		} else if (cp >= 0xC0 && cp <= 0xFF) {
			rep = latin1[cp - 0xC0];
			if (rep[0] == '*') {
				unsigned low = cp | 0x20;
				if (low == 0xE4) {
					rep = mode == CB_NORM_TRANSLIT ? "ae" : "a";
				} else if (low == 0xF6) {
					rep = mode == CB_NORM_TRANSLIT ? "oe" : "o";
				} else {
					rep = mode == CB_NORM_TRANSLIT ? "ue" : "u";
				}
			} else if (rep[0] == '\0') {
				pending_sep = o > 0;
				i += n;
				continue;
			}
		} else if (cp >= 0x100 && cp <= 0x17F) {
			rep = latin_ext_a(cp);
		} else if (cp >= 0x300 && cp <= 0x36F) {
			/* A combining diaeresis after a, o or u is an umlaut. */
			if (cp == 0x308 && mode == CB_NORM_TRANSLIT && o > 0 && !pending_sep
				&& (out[o - 1] == 'a' || out[o - 1] == 'o' || out[o - 1] == 'u')) {
				out[o++] = 'e';
			}
			i += n;
			continue;
		} else if (cp == 0x2018 || cp == 0x2019) {
			i += n;
			continue;
		} else if (is_space_cp(cp) || cp < 0xA0 || (cp >= 0xA1 && cp <= 0xBF)) {
			pending_sep = o > 0;
			i += n;
			continue;
		}
		if (pending_sep) {
			out[o++] = ' ';
			pending_sep = 0;
		}
		if (rep != NULL) {
			size_t rl = strlen(rep);
			memcpy(out + o, rep, rl);
			o += rl;
		} else {
			memcpy(out + o, p + i, n);
			o += n;
		}
		i += n;
	}
	/* "Last, First" -> "First Last": reverse everything, then each of the two parts. */
	if (seen_comma && comma_words_before && comma_at < o) {
		size_t k;
		/* out = P1 ' ' P2 with P1 = out[0..comma_at) */
		reverse(out, o);
		k = o - comma_at; /* position of the space after reversal: len(P2) */
		reverse(out, k - 1);
		reverse(out + k, o - k);
		/* reversed string is rev(P2) ' ' rev(P1); the space sits at index len(P2) = k - 1 */
	}
	out[o] = '\0';
	return (long)o;
}

size_t cb_norm_words(const char *norm, size_t len)
{
	size_t i, words = 0;
	int in_word = 0;

	for (i = 0; i < len; i++) {
		if (norm[i] == ' ') {
			in_word = 0;
		} else if (!in_word) {
			in_word = 1;
			words++;
		}
	}
	return words;
}

static int is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

long cb_norm_email(const char *in, size_t len, char *out, size_t outcap)
{
	size_t i, at = 0, ats = 0, o = 0;

	if (out == NULL || outcap < len + 1 || (in == NULL && len > 0)) {
		return -1;
	}
	while (len > 0 && is_ascii_space((unsigned char)in[0])) {
		in++;
		len--;
	}
	while (len > 0 && is_ascii_space((unsigned char)in[len - 1])) {
		len--;
	}
	if (len == 0 || !cb_utf8_valid(in, len)) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		if (c < 0x20 || c == 0x7F || c == ' ') {
			return -1;
		}
		if (c == '@') {
			ats++;
			at = i;
		}
		out[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : (char)c;
	}
	if (ats != 1 || at == 0 || at == len - 1) {
		return -1;
	}
	o = len;
	/* local+<25 letters/digits>@domain -> local@domain */
	if (at > 26 && out[at - 26] == '+') {
		size_t k;
		int alias = 1;
		for (k = at - 25; k < at; k++) {
			char c = out[k];
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
				alias = 0;
				break;
			}
		}
		if (alias) {
			memmove(out + at - 26, out + at, len - at);
			o = len - 26;
		}
	}
	out[o] = '\0';
	return (long)o;
}
