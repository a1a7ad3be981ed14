/* Name and email normalization (see cb_norm.h). Unicode case folding, compatibility
 * decomposition, mark stripping and character categories come from utf8proc; ASCII, by far the
 * most common input, never reaches it. */
#include "cb_norm.h"

#include <string.h>
#include <utf8proc.h>

/* What utf8proc does to each non-ASCII character of a name: full case folding (ß -> ss),
 * compatibility decomposition (ﬁ -> fi, fullwidth -> ASCII), combining marks stripped (é -> e,
 * ș -> s), default-ignorable characters dropped (soft hyphen, zero-width space), and dashes,
 * spaces and apostrophe-like characters lumped to their ASCII forms. */
#define NAME_OPTIONS (UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK \
	| UTF8PROC_IGNORE | UTF8PROC_LUMP)

/* The longest decomposition of one code point is 18 code points (U+FDFA). */
#define DECOMP_MAX 32

int cb_utf8_valid(const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0;

	if (s == NULL) {
		return len == 0;
	}
	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;
		if (p[i] >= 0x01 && p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] == 0) {
			return 0;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {
			return 0;
		}
		i += (size_t)n;
	}
	return 1;
}

/* Latin letters that Unicode gives no decomposition, folded the way transliteration to ASCII
 * does (ICU's Latin-ASCII rules): ø is not o + a mark, so utf8proc keeps it. Lower case only:
 * the lookup happens after case folding. */
static const char *latin_base(utf8proc_int32_t cp)
{
	switch (cp) {
	case 0x00E6: return "ae"; /* æ */
	case 0x00F0: return "d";  /* ð */
	case 0x00F8: return "o";  /* ø */
	case 0x00FE: return "th"; /* þ */
	case 0x0111: return "d";  /* đ */
	case 0x0127: return "h";  /* ħ */
	case 0x0131: return "i";  /* dotless ı */
	case 0x0138: return "k";  /* ĸ */
	case 0x0142: return "l";  /* ł */
	case 0x014B: return "n";  /* ŋ */
	case 0x0153: return "oe"; /* œ */
	case 0x0167: return "t";  /* ŧ */
	default: return NULL;
	}
}

/* ASCII letters and digits as written (lower case); 0 for every other byte. */
static const unsigned char ascii_fold[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
};

/* The state of one cb_norm_name() call. */
typedef struct name_out {
	char *out;
	size_t cap, o, comma_at, spaces;
	int pending_sep, seen_comma, comma_words_before, umlaut, overflow;
} name_out;

static void put(name_out *w, const char *s, size_t n)
{
	if (w->o + n + w->pending_sep >= w->cap) {
		w->overflow = 1;
		return;
	}
	if (w->pending_sep) {
		w->out[w->o++] = ' ';
		w->pending_sep = 0;
		w->spaces++;
	}
	memcpy(w->out + w->o, s, n);
	w->o += n;
}

static inline void separate(name_out *w)
{
	w->pending_sep = w->o > 0;
}

/* One ASCII character (from the input or from a decomposition). */
static inline void put_ascii(name_out *w, unsigned char c)
{
	if (ascii_fold[c] != 0) {
		put(w, (const char *)&ascii_fold[c], 1);
	} else if (c == '\'' || c == '`') {
		/* apostrophes are dropped: O'Brien = OBrien */
	} else if (c == ',' && !w->seen_comma) {
		w->seen_comma = 1;
		w->comma_words_before = w->o > 0;
		w->comma_at = w->o;
		separate(w);
	} else {
		separate(w);
	}
}

/* A German umlaut (precomposed, either case), as its lower-case base letter, or 0. */
static char umlaut_base(utf8proc_int32_t cp)
{
	switch (cp | 0x20) {
	case 0xE4: return 'a';
	case 0xF6: return 'o';
	case 0xFC: return 'u';
	default: return 0;
	}
}

/* One non-ASCII code point. */
static void put_cp(name_out *w, utf8proc_int32_t cp, int mode)
{
	utf8proc_int32_t d[DECOMP_MAX];
	utf8proc_ssize_t n, k;
	int boundclass = 0;
	char base = umlaut_base(cp);

	if (base != 0) {
		char ue[2] = {base, 'e'};
		w->umlaut = 1;
		put(w, ue, mode == CB_NORM_TRANSLIT ? 2 : 1);
		return;
	}
	if (cp == 0x0308 && w->o > 0 && !w->pending_sep
		&& (w->out[w->o - 1] == 'a' || w->out[w->o - 1] == 'o' || w->out[w->o - 1] == 'u')) {
		/* a combining diaeresis after a, o or u is an umlaut */
		w->umlaut = 1;
		if (mode == CB_NORM_TRANSLIT) {
			put(w, "e", 1);
		}
		return;
	}
	n = utf8proc_decompose_char(cp, d, DECOMP_MAX, NAME_OPTIONS, &boundclass);
	if (n < 0 || n > DECOMP_MAX) {
		separate(w);
		return;
	}
	for (k = 0; k < n; k++) {
		utf8proc_int32_t c = d[k];
		const char *latin;
		if (c < 0x80) {
			put_ascii(w, (unsigned char)c);
		} else if ((latin = latin_base(c)) != NULL) {
			put(w, latin, strlen(latin));
		} else {
			switch (utf8proc_category(c)) {
			case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
			case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
			case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: {
				utf8proc_uint8_t enc[4];
				put(w, (const char *)enc, (size_t)utf8proc_encode_char(c, enc));
				break;
			}
			default:
				/* spaces, punctuation, symbols, controls of any script separate words */
				separate(w);
			}
		}
	}
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

long cb_norm_name(const char *in, size_t len, int mode, char *out, size_t outcap, cb_norm_info *info)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)in;
	name_out w;
	size_t i = 0;

	if (info != NULL) {
		info->umlaut = 0;
		info->words = 0;
	}
	if ((mode != CB_NORM_TRANSLIT && mode != CB_NORM_STRIP) || out == NULL || outcap == 0
		|| (in == NULL && len > 0)) {
		return -1;
	}
	memset(&w, 0, sizeof w);
	w.out = out;
	w.cap = outcap;
	{
		/* ASCII letters and digits, by far the most common input, are written with the output
		 * position in registers; everything else goes through put_ascii()/put_cp(). */
		size_t o = 0, spaces = 0;
		int pending = 0;
		while (i < len) {
			utf8proc_int32_t cp;
			utf8proc_ssize_t n;
			unsigned char c = p[i], f = ascii_fold[c];
			if (f != 0 && o + (len - i) + 1 < outcap) {
				/* The rest fits even if it is all ASCII (ASCII never grows): copy a run of
				 * letters and digits without further checks. */
				if (pending) {
					out[o++] = ' ';
					pending = 0;
					spaces++;
				}
				do {
					out[o++] = (char)f;
					i++;
				} while (i < len && (f = ascii_fold[p[i]]) != 0);
				continue;
			}
			w.o = o;
			w.pending_sep = pending;
			w.spaces = spaces;
			if (c >= 0x01 && c < 0x80) {
				put_ascii(&w, c);
				i++;
			} else {
				if (c == 0) {
					return -1;
				}
				n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
				if (n <= 0) {
					return -1;
				}
				put_cp(&w, cp, mode);
				i += (size_t)n;
			}
			o = w.o;
			pending = w.pending_sep;
			spaces = w.spaces;
			if (w.overflow) {
				break;
			}
		}
		w.o = o;
		w.spaces = spaces;
	}
	if (w.overflow) {
		return -1;
	}
	/* "Last, First" -> "First Last": reverse everything, then each of the two parts. */
	if (w.seen_comma && w.comma_words_before && w.comma_at < w.o) {
		size_t k = w.o - w.comma_at; /* out = P1 ' ' P2 with P1 = out[0..comma_at) */
		reverse(out, w.o);
		reverse(out, k - 1);         /* rev(P2) */
		reverse(out + k, w.o - k);   /* rev(P1) */
	}
	out[w.o] = '\0';
	if (info != NULL) {
		info->umlaut = w.umlaut;
		info->words = w.o > 0 ? w.spaces + 1 : 0;
	}
	return (long)w.o;
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

/* What cb_norm_email() does with each byte. */
enum { E_COPY = 0, E_UPPER, E_AT, E_HIGH, E_BAD };
static const unsigned char email_class[256] = {
	[0 ... ' '] = E_BAD, [0x7F] = E_BAD, ['A' ... 'Z'] = E_UPPER, ['@'] = E_AT, [0x80 ... 0xFF] = E_HIGH
};

long cb_norm_email(const char *in, size_t len, char *out, size_t outcap)
{
	size_t i, at = 0, ats = 0, o;
	int ascii = 1;

	if (out == NULL || (in == NULL && len > 0)) {
		return -1;
	}
	while (len > 0 && is_ascii_space((unsigned char)in[0])) {
		in++;
		len--;
	}
	while (len > 0 && is_ascii_space((unsigned char)in[len - 1])) {
		len--;
	}
	if (len == 0 || outcap < len + 1) {
		return -1;
	}
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i], k = email_class[c];
		out[i] = (char)c;
		if (k == E_COPY) {
			continue;
		}
		switch (k) {
		case E_UPPER:
			out[i] = (char)(c + 32);
			break;
		case E_AT:
			ats++;
			at = i;
			break;
		case E_HIGH:
			ascii = 0;
			break;
		default:
			return -1; /* controls, blanks, DEL */
		}
	}
	if (ats != 1 || at == 0 || at == len - 1 || (!ascii && !cb_utf8_valid(in, len))) {
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
