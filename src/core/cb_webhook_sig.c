/* Cal.com webhook signature checks (see cb_webhook_sig.h). */
#include "core/cb_webhook_sig.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	c |= 0x20;
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	return -1;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int cb_webhook_verify(const char *body, size_t bodylen, const char *sig, size_t siglen,
	const char *secret, size_t secretlen)
{
	unsigned char want[EVP_MAX_MD_SIZE], got[CB_WEBHOOK_DIGEST_LEN];
	unsigned int wantlen = 0;
	size_t i;
	int ok;

	if (sig == NULL || secret == NULL || secretlen == 0 || secretlen > INT_MAX
		|| (body == NULL && bodylen > 0)) {
		return 0;
	}
	while (siglen > 0 && is_space((unsigned char)sig[0])) {
		sig++;
		siglen--;
	}
	while (siglen > 0 && is_space((unsigned char)sig[siglen - 1])) {
		siglen--;
	}
	if (siglen == 0) {
		return 0;
	}
	if (siglen == sizeof("no-secret-provided") - 1 && memcmp(sig, "no-secret-provided", siglen) == 0) {
		return 0;
	}
	if (siglen >= 7 && (sig[0] | 0x20) == 's' && (sig[1] | 0x20) == 'h' && (sig[2] | 0x20) == 'a'
		&& sig[3] == '2' && sig[4] == '5' && sig[5] == '6' && sig[6] == '=') {
		sig += 7;
		siglen -= 7;
	}
	if (siglen != 2 * CB_WEBHOOK_DIGEST_LEN) {
		return 0;
	}
	for (i = 0; i < CB_WEBHOOK_DIGEST_LEN; i++) {
		int hi = hexval((unsigned char)sig[2 * i]), lo = hexval((unsigned char)sig[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return 0;
		}
		got[i] = (unsigned char)(hi << 4 | lo);
	}
	if (HMAC(EVP_sha256(), secret, (int)secretlen, (const unsigned char *)(bodylen ? body : ""), bodylen,
			want, &wantlen) == NULL || wantlen != CB_WEBHOOK_DIGEST_LEN) {
		OPENSSL_cleanse(want, sizeof want);
		return 0;
	}
	ok = CRYPTO_memcmp(want, got, CB_WEBHOOK_DIGEST_LEN) == 0;
	OPENSSL_cleanse(want, sizeof want);
	return ok;
}
