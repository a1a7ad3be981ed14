/* libFuzzer harness: webhook signature checking, SHA-256 and HMAC (src/core/cb_sha256.c).
 * Input: first byte = secret length (mod 65), then the secret, then the raw body.
 * Checks against OpenSSL's libcrypto: SHA-256 and HMAC-SHA256 agree; the correct signature
 * (lower-case, upper-case, "sha256=" prefix, surrounding blanks) verifies; any one changed hex
 * digit, a wrong secret or the empty secret does not; arbitrary signature bytes never crash.
 * seeds: json
 * libs: -lcrypto */
#include "core/cb_sha256.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void hex(const uint8_t *d, char *out, int upper)
{
	static const char lo[] = "0123456789abcdef", up[] = "0123456789ABCDEF";
	const char *t = upper ? up : lo;
	int i;

	for (i = 0; i < CB_SHA256_DIGEST_LEN; i++) {
		out[2 * i] = t[d[i] >> 4];
		out[2 * i + 1] = t[d[i] & 15];
	}
	out[64] = '\0';
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t mine[CB_SHA256_DIGEST_LEN], ref[CB_SHA256_DIGEST_LEN];
	unsigned int reflen = 0;
	char sig[64 + 1], buf[80];
	size_t klen, blen;
	const char *key, *body;
	char *body_copy;

	if (size == 0) {
		return 0;
	}
	klen = data[0] % 65;
	if (klen > size - 1) {
		klen = size - 1;
	}
	key = (const char *) data + 1;
	blen = size - 1 - klen;
	/* The body in its own exact-size allocation (NULL when empty, as documented). */
	body_copy = blen ? malloc(blen) : NULL;
	if (blen && !body_copy) {
		return 0;
	}
	if (blen) {
		memcpy(body_copy, data + 1 + klen, blen);
	}
	body = body_copy;

	cb_sha256(body ? body : "", blen, mine);
	if (!EVP_Digest(body ? body : "", blen, ref, &reflen, EVP_sha256(), NULL) || memcmp(mine, ref, 32) != 0) {
		abort();
	}
	cb_hmac_sha256(key, klen, body, blen, mine);
	if (!HMAC(EVP_sha256(), klen ? key : "", (int) klen, (const unsigned char *) (body ? body : ""), blen, ref, &reflen) ||
		memcmp(mine, ref, 32) != 0) {
		abort();
	}

	hex(ref, sig, 0);
	if (klen > 0) {
		if (cb_webhook_verify(body, blen, sig, 64, key, klen) != 1) {
			abort();
		}
		hex(ref, sig, 1);
		if (cb_webhook_verify(body, blen, sig, 64, key, klen) != 1) {
			abort();
		}
		snprintf(buf, sizeof(buf), " sha256=%s\t", sig);
		if (cb_webhook_verify(body, blen, buf, strlen(buf), key, klen) != 1) {
			abort();
		}
		/* One hex digit changed. */
		hex(ref, sig, 0);
		sig[data[0] % 64] = sig[data[0] % 64] == '0' ? '1' : '0';
		if (cb_webhook_verify(body, blen, sig, 64, key, klen) != 0) {
			abort();
		}
		/* Truncated signature. */
		if (cb_webhook_verify(body, blen, sig, 63, key, klen) != 0) {
			abort();
		}
	}
	/* The empty secret never verifies. */
	hex(ref, sig, 0);
	if (cb_webhook_verify(body, blen, sig, 64, key, 0) != 0) {
		abort();
	}
	/* The body's own bytes as a signature: must not crash or read outside. */
	(void) cb_webhook_verify(body, blen, body, blen, key, klen);
	(void) cb_webhook_verify(NULL, 0, body, blen, key, klen);
	free(body_copy);
	return 0;
}
