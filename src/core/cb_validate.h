/* Shapes of booking input values Cal.com accepts (plain C, no PHP). Each returns 1 when valid. */
#ifndef CB_VALIDATE_H
#define CB_VALIDATE_H

#include <stddef.h>

/* An ISO 8601 instant in UTC: YYYY-MM-DDTHH:MM[:SS[.fraction]] followed by "Z" or "+00:00"
 * (also "-00:00", "+0000"). Month, day, hour, minute and second ranges are checked, and the day
 * against the month (leap years included). */
int cb_iso8601_utc_valid(const char *s, size_t len);

/* A plausible e-mail address: one '@', a non-empty local part and a domain with a dot, no
 * whitespace or control bytes, at most 254 bytes. */
int cb_email_valid(const char *s, size_t len);

/* An E.164 phone number: '+' then 8 to 15 digits, the first not 0. */
int cb_e164_valid(const char *s, size_t len);

/* A decimal integer string, optional leading '-' (no spaces, no '+', no leading zeros unless
 * "0"), that fits in a signed 64-bit value. Stores it in *out. */
int cb_decimal_int(const char *s, size_t len, long long *out);

#endif
