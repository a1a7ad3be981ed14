/* SHA-256 (FIPS 180-4), HMAC-SHA256 (RFC 2104) and webhook signature checks. */
#include "cb_sha256.h"

#include <string.h>

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha256_block(cb_sha256_ctx *ctx, const uint8_t *p)
{
	uint32_t w[64], a, b, c, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++) {
		w[i] = ((uint32_t)p[4 * i] << 24) | ((uint32_t)p[4 * i + 1] << 16)
			| ((uint32_t)p[4 * i + 2] << 8) | (uint32_t)p[4 * i + 3];
	}
	for (i = 16; i < 64; i++) {
		uint32_t s0 = ROTR(w[i - 15], 7) ^ ROTR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROTR(w[i - 2], 17) ^ ROTR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = ctx->state[0]; b = ctx->state[1]; c = ctx->state[2]; d = ctx->state[3];
	e = ctx->state[4]; f = ctx->state[5]; g = ctx->state[6]; h = ctx->state[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
		t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
		h = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	ctx->state[0] += a; ctx->state[1] += b; ctx->state[2] += c; ctx->state[3] += d;
	ctx->state[4] += e; ctx->state[5] += f; ctx->state[6] += g; ctx->state[7] += h;
}

void cb_sha256_init(cb_sha256_ctx *ctx)
{
	static const uint32_t iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
	};
	memcpy(ctx->state, iv, sizeof iv);
	ctx->bitlen = 0;
	ctx->buflen = 0;
}

void cb_sha256_update(cb_sha256_ctx *ctx, const void *data, size_t len)
{
	const uint8_t *p = data;

	if (len == 0) {
		return;
	}
	ctx->bitlen += (uint64_t)len * 8;
	if (ctx->buflen > 0) {
		size_t take = CB_SHA256_BLOCK_LEN - ctx->buflen;
		if (take > len) {
			take = len;
		}
		memcpy(ctx->buf + ctx->buflen, p, take);
		ctx->buflen += take;
		p += take;
		len -= take;
		if (ctx->buflen < CB_SHA256_BLOCK_LEN) {
			return;
		}
		sha256_block(ctx, ctx->buf);
		ctx->buflen = 0;
	}
	while (len >= CB_SHA256_BLOCK_LEN) {
		sha256_block(ctx, p);
		p += CB_SHA256_BLOCK_LEN;
		len -= CB_SHA256_BLOCK_LEN;
	}
	if (len > 0) {
		memcpy(ctx->buf, p, len);
		ctx->buflen = len;
	}
}

void cb_sha256_final(cb_sha256_ctx *ctx, uint8_t out[CB_SHA256_DIGEST_LEN])
{
	uint64_t bitlen = ctx->bitlen;
	int i;

	ctx->buf[ctx->buflen++] = 0x80;
	if (ctx->buflen > 56) {
		memset(ctx->buf + ctx->buflen, 0, CB_SHA256_BLOCK_LEN - ctx->buflen);
		sha256_block(ctx, ctx->buf);
		ctx->buflen = 0;
	}
	memset(ctx->buf + ctx->buflen, 0, 56 - ctx->buflen);
	for (i = 0; i < 8; i++) {
		ctx->buf[56 + i] = (uint8_t)(bitlen >> (56 - 8 * i));
	}
	sha256_block(ctx, ctx->buf);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (uint8_t)(ctx->state[i] >> 24);
		out[4 * i + 1] = (uint8_t)(ctx->state[i] >> 16);
		out[4 * i + 2] = (uint8_t)(ctx->state[i] >> 8);
		out[4 * i + 3] = (uint8_t)ctx->state[i];
	}
	/* Wipe through a volatile pointer so the compiler keeps it. */
	{
		volatile uint8_t *v = (volatile uint8_t *)ctx;
		size_t n = sizeof *ctx;
		while (n--) {
			*v++ = 0;
		}
	}
}

void cb_sha256(const void *data, size_t len, uint8_t out[CB_SHA256_DIGEST_LEN])
{
	cb_sha256_ctx ctx;
	cb_sha256_init(&ctx);
	cb_sha256_update(&ctx, data, len);
	cb_sha256_final(&ctx, out);
}

static void wipe(void *p, size_t n)
{
	volatile uint8_t *v = p;
	while (n--) {
		*v++ = 0;
	}
}

void cb_hmac_sha256(const void *key, size_t keylen, const void *data, size_t len,
	uint8_t out[CB_SHA256_DIGEST_LEN])
{
	uint8_t k[CB_SHA256_BLOCK_LEN], pad[CB_SHA256_BLOCK_LEN], inner[CB_SHA256_DIGEST_LEN];
	cb_sha256_ctx ctx;
	size_t i;

	memset(k, 0, sizeof k);
	if (keylen > CB_SHA256_BLOCK_LEN) {
		cb_sha256(key, keylen, k);
	} else if (keylen > 0) {
		memcpy(k, key, keylen);
	}
	for (i = 0; i < CB_SHA256_BLOCK_LEN; i++) {
		pad[i] = k[i] ^ 0x36;
	}
	cb_sha256_init(&ctx);
	cb_sha256_update(&ctx, pad, sizeof pad);
	cb_sha256_update(&ctx, data, len);
	cb_sha256_final(&ctx, inner);
	for (i = 0; i < CB_SHA256_BLOCK_LEN; i++) {
		pad[i] = k[i] ^ 0x5c;
	}
	cb_sha256_init(&ctx);
	cb_sha256_update(&ctx, pad, sizeof pad);
	cb_sha256_update(&ctx, inner, sizeof inner);
	cb_sha256_final(&ctx, out);
	wipe(k, sizeof k);
	wipe(pad, sizeof pad);
	wipe(inner, sizeof inner);
}

int cb_consttime_equal(const void *a, const void *b, size_t len)
{
	const volatile uint8_t *x = a, *y = b;
	uint8_t diff = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		diff |= (uint8_t)(x[i] ^ y[i]);
	}
	return diff == 0;
}

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
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
	uint8_t want[CB_SHA256_DIGEST_LEN], got[CB_SHA256_DIGEST_LEN];
	static const char empty[1] = {0};
	size_t i;
	int ok;

	if (sig == NULL || secret == NULL || secretlen == 0 || (body == NULL && bodylen > 0)) {
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
	if (siglen != 2 * CB_SHA256_DIGEST_LEN) {
		return 0;
	}
	for (i = 0; i < CB_SHA256_DIGEST_LEN; i++) {
		int hi = hexval((unsigned char)sig[2 * i]), lo = hexval((unsigned char)sig[2 * i + 1]);
		if (hi < 0 || lo < 0) {
			return 0;
		}
		got[i] = (uint8_t)(hi << 4 | lo);
	}
	cb_hmac_sha256(secret, secretlen, bodylen ? body : empty, bodylen, want);
	ok = cb_consttime_equal(want, got, CB_SHA256_DIGEST_LEN);
	wipe(want, sizeof want);
	return ok;
}
