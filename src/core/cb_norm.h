/* Normalization of people's names and email addresses for host-to-staff matching, in plain C
 * (no PHP; Unicode data from utf8proc). Every function reads exactly the given bytes (no NUL
 * terminator needed), never allocates, and refuses invalid UTF-8 (overlong forms, surrogates,
 * code points above U+10FFFF, truncated sequences) and NUL bytes. */
#ifndef CB_NORM_H
#define CB_NORM_H

#include <stddef.h>

/* How cb_norm_name() writes German umlauts. A name is indexed under both forms, so that
 * "Jürgen" matches "Juergen" (TRANSLIT) and "Jurgen" (STRIP). */
#define CB_NORM_TRANSLIT 0 /* ä ö ü -> ae oe ue (also a/o/u + combining U+0308) */
#define CB_NORM_STRIP 1    /* ä ö ü -> a o u */

/* What cb_norm_name() found besides the result. */
typedef struct cb_norm_info {
	int umlaut;   /* 1 when the name has an umlaut, i.e. when the two modes give different results */
	size_t words; /* words in the result (what cb_norm_words() would count) */
} cb_norm_info;

/* 1 when s[0..len) is valid UTF-8 without NUL bytes, else 0. */
int cb_utf8_valid(const char *s, size_t len);

/* Normalizes a person's name into out, for every script:
 * - case folded (full Unicode case folding: ß -> ss, Σ/ς -> σ), compatibility-decomposed
 *   (ligatures, fullwidth forms), combining marks stripped (é -> e, ș -> s, й -> и),
 *   default-ignorable characters (soft hyphen, zero-width space) dropped: utf8proc;
 * - Latin letters without a Unicode decomposition folded to ASCII: æ -> ae, œ -> oe, ø -> o,
 *   ł -> l, đ/ð -> d, þ -> th, ħ -> h, ı -> i, ŋ -> n, ŧ -> t, ĸ -> k;
 * - umlauts ä ö ü (precomposed, or a/o/u + U+0308) per mode;
 * - apostrophes (' ` U+2018 U+2019 U+02BC) dropped ("O'Brien" = "obrien");
 * - letters and digits of any script are kept; whitespace of any kind, dashes, dots and other
 *   punctuation, symbols and controls separate words; words are joined by one space, no leading
 *   or trailing space;
 * - "Last, First" (text on both sides of the first comma) becomes "first last"; further
 *   commas separate words.
 * ASCII input never calls utf8proc. The result can be longer than the input (ß -> ss, ligatures,
 * compatibility forms); a NUL is written after it. *info (when not NULL) says whether the name
 * has an umlaut and how many words the result has. Returns the length of the
 * result (0 when the name has no word), or -1 for invalid UTF-8, a NUL byte, a bad mode or when
 * the result and its NUL do not fit in outcap bytes. */
long cb_norm_name(const char *in, size_t len, int mode, char *out, size_t outcap, cb_norm_info *info);

/* Number of space-separated words in a cb_norm_name() result. */
size_t cb_norm_words(const char *norm, size_t len);

/* Normalizes an email address into out: surrounding ASCII whitespace trimmed, ASCII letters
 * lower-cased, and Cal.com's managed-user alias "local+<25 letters/digits>@domain" reduced to
 * "local@domain". Needs exactly one '@' with text on both sides and no whitespace or control
 * characters inside. outcap must be at least len + 1 (a NUL is written after the result).
 * Returns the length of the result, or -1 when the input is not such an address, is invalid
 * UTF-8, contains a NUL byte, or the buffer is too small. */
long cb_norm_email(const char *in, size_t len, char *out, size_t outcap);

#endif
