/* Cal.com webhook signatures (X-Cal-Signature-256), in plain C (no PHP): HMAC-SHA256 and the
 * constant-time comparison come from OpenSSL's libcrypto. */
#ifndef CB_WEBHOOK_SIG_H
#define CB_WEBHOOK_SIG_H

#include <stddef.h>

#define CB_WEBHOOK_DIGEST_LEN 32

/* Checks a Cal.com X-Cal-Signature-256 value: the hex HMAC-SHA256 of the raw body under secret.
 * Accepts lower- or upper-case hex and an optional "sha256=" prefix (any case); surrounding
 * ASCII whitespace is ignored. Returns 1 when the signature matches, 0 otherwise: also for a
 * NULL or empty signature, the literal "no-secret-provided", an empty secret, a signature that
 * is not 64 hex digits, or when libcrypto fails. The digests are compared with CRYPTO_memcmp().
 * body may be NULL when bodylen is 0. Never reads outside the given lengths. */
int cb_webhook_verify(const char *body, size_t bodylen, const char *sig, size_t siglen,
	const char *secret, size_t secretlen);

#endif
