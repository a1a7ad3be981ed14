/* Normalization of people's names and email addresses for host-to-staff matching, in plain C
 * (no PHP). Every function reads exactly the given bytes (no NUL terminator needed), never
 * allocates, and refuses invalid UTF-8 (overlong forms, surrogates, code points above
 * U+10FFFF, truncated sequences) and NUL bytes. */
#ifndef CB_NORM_H
#define CB_NORM_H

#include <stddef.h>

/* How cb_norm_name() writes German umlauts. A name is indexed under both forms, so that
 * "Jürgen" matches "Juergen" (TRANSLIT) and "Jurgen" (STRIP). */
#define CB_NORM_TRANSLIT 0 /* ä ö ü -> ae oe ue (also a/o/u + combining U+0308) */
#define CB_NORM_STRIP 1    /* ä ö ü -> a o u */

/* 1 when s[0..len) is valid UTF-8 without NUL bytes, else 0. */
int cb_utf8_valid(const char *s, size_t len);

/* Normalizes a person's name into out:
 * - ASCII letters lower-cased; Latin-1 and Latin Extended-A letters folded to ASCII
 *   (é -> e, ñ -> n, ł -> l, ß -> ss, æ -> ae, œ -> oe, ø -> o, þ -> th), umlauts per mode;
 *   combining marks U+0300..U+036F dropped; other characters kept as they are;
 * - apostrophes (' ` U+2018 U+2019) dropped ("O'Brien" = "obrien");
 * - whitespace (ASCII, U+00A0, U+2000..U+200A, U+202F, U+3000), hyphens, dashes, dots and
 *   other ASCII punctuation separate words; words are joined by one space, no leading or
 *   trailing space;
 * - "Last, First" (text on both sides of the first comma) becomes "first last"; further
 *   commas separate words.
 * The result is never longer than the input: outcap must be at least len + 1 (a NUL is
 * written after the result). Returns the length of the result (0 when the name has no word),
 * or -1 for invalid UTF-8, a NUL byte, a bad mode or a too small buffer. */
long cb_norm_name(const char *in, size_t len, int mode, char *out, size_t outcap);

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
