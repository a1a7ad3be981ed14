/* SHA-256, HMAC-SHA256, constant-time comparison and Cal.com webhook signature checks, in plain C
 * (no PHP, no libcrypto). */
#ifndef CB_SHA256_H
#define CB_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define CB_SHA256_DIGEST_LEN 32
#define CB_SHA256_BLOCK_LEN 64

typedef struct cb_sha256_ctx {
	uint32_t state[8];
	uint64_t bitlen;
	uint8_t buf[CB_SHA256_BLOCK_LEN];
	size_t buflen;
} cb_sha256_ctx;

void cb_sha256_init(cb_sha256_ctx *ctx);
void cb_sha256_update(cb_sha256_ctx *ctx, const void *data, size_t len);
/* Writes the 32-byte digest and wipes the context. */
void cb_sha256_final(cb_sha256_ctx *ctx, uint8_t out[CB_SHA256_DIGEST_LEN]);
void cb_sha256(const void *data, size_t len, uint8_t out[CB_SHA256_DIGEST_LEN]);

/* HMAC-SHA256 (RFC 2104) of data under key; any key length (longer keys are hashed first). */
void cb_hmac_sha256(const void *key, size_t keylen, const void *data, size_t len,
	uint8_t out[CB_SHA256_DIGEST_LEN]);

/* Compares len bytes in time that depends only on len. Returns 1 when equal, 0 otherwise. */
int cb_consttime_equal(const void *a, const void *b, size_t len);

/* Checks a Cal.com X-Cal-Signature-256 value: the hex HMAC-SHA256 of the raw body under secret.
 * Accepts lower- or upper-case hex and an optional "sha256=" prefix (any case); surrounding
 * ASCII whitespace is ignored. Returns 1 when the signature matches, 0 otherwise: also for a
 * NULL or empty signature, the literal "no-secret-provided", an empty secret, or a signature
 * that is not 64 hex digits. The comparison of the digests is constant-time. body may be NULL
 * when bodylen is 0. Never reads outside the given lengths. */
int cb_webhook_verify(const char *body, size_t bodylen, const char *sig, size_t siglen,
	const char *secret, size_t secretlen);

#endif
