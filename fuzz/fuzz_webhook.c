/* libFuzzer harness: webhook signature checking (src/core/cb_webhook_sig.c, HMAC-SHA256 from
 * libcrypto). Input: first byte = secret length (mod 65), then the secret, then the raw body.
 * The expected digest is computed here with libcrypto's EVP_MAC API (a different entry point
 * from the HMAC() the core calls): the correct signature (lower-case, upper-case, "sha256="
 * prefix, surrounding blanks) verifies; any one changed hex digit, a truncated signature, a wrong
 * secret or the empty secret does not; arbitrary signature bytes never crash or read outside.
 * seeds: json */
#include "core/cb_webhook_sig.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>
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

	for (i = 0; i < CB_WEBHOOK_DIGEST_LEN; i++) {
		out[2 * i] = t[d[i] >> 4];
		out[2 * i + 1] = t[d[i] & 15];
	}
	out[64] = '\0';
}

/* HMAC-SHA256 through EVP_MAC. Returns 0 on success. */
static int ref_hmac(const char *key, size_t klen, const char *body, size_t blen, uint8_t out[CB_WEBHOOK_DIGEST_LEN])
{
	static EVP_MAC *mac;
	EVP_MAC_CTX *ctx;
	OSSL_PARAM params[2];
	size_t outlen = 0;
	int ok;

	if (mac == NULL && (mac = EVP_MAC_fetch(NULL, "HMAC", NULL)) == NULL) {
		return -1;
	}
	ctx = EVP_MAC_CTX_new(mac);
	if (ctx == NULL) {
		return -1;
	}
	params[0] = OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *) "SHA256", 0);
	params[1] = OSSL_PARAM_construct_end();
	ok = EVP_MAC_init(ctx, (const unsigned char *) (klen ? key : ""), klen, params)
		&& EVP_MAC_update(ctx, (const unsigned char *) (blen ? body : ""), blen)
		&& EVP_MAC_final(ctx, out, &outlen, CB_WEBHOOK_DIGEST_LEN) && outlen == CB_WEBHOOK_DIGEST_LEN;
	EVP_MAC_CTX_free(ctx);
	return ok ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t ref[CB_WEBHOOK_DIGEST_LEN];
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

	if (ref_hmac(key, klen, body, blen, ref) != 0) {
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
