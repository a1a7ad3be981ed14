/* When calbook retries a request, and how long it waits. */
#include "core/cb_retry.h"

#include <curl/curl.h>

cb_fail_kind cb_fail_classify(int curl_code, long request_bytes, int too_large, int rewind_refused)
{
	if (too_large) {
		return CB_FAIL_TOO_LARGE;
	}
	if (rewind_refused) {
		return CB_FAIL_AMBIGUOUS;
	}
	switch (curl_code) {
	case CURLE_OK:
		return CB_FAIL_NONE;
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_CONNECT:
	case CURLE_SSL_CONNECT_ERROR:
		return CB_FAIL_NOT_SENT;
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_UNSUPPORTED_PROTOCOL:
	case CURLE_URL_MALFORMAT:
		return CB_FAIL_REFUSED;
	case CURLE_OUT_OF_MEMORY:
	case CURLE_FAILED_INIT:
	case CURLE_BAD_FUNCTION_ARGUMENT:
		return request_bytes == 0 ? CB_FAIL_LOCAL : CB_FAIL_AMBIGUOUS;
	case CURLE_OPERATION_TIMEDOUT:
		/* A timeout while connecting (nothing sent yet) is provably unsent. */
		return request_bytes == 0 ? CB_FAIL_NOT_SENT : CB_FAIL_AMBIGUOUS;
	default:
		return CB_FAIL_AMBIGUOUS;
	}
}

cb_retry_action cb_retry_decide(int idempotent, cb_fail_kind fail, long status, int attempt,
	int max_retries, long reset_s, long reset_cap_s)
{
	if (max_retries <= 0 || attempt > max_retries) {
		return CB_RETRY_NO;
	}
	switch (fail) {
	case CB_FAIL_NOT_SENT:
		return CB_RETRY_BACKOFF;
	case CB_FAIL_REFUSED:
	case CB_FAIL_AMBIGUOUS:
	case CB_FAIL_TOO_LARGE:
	case CB_FAIL_LOCAL:
		return CB_RETRY_NO;
	case CB_FAIL_NONE:
		break;
	}
	if (!idempotent) {
		return CB_RETRY_NO;
	}
	if (status == 502 || status == 503 || status == 504) {
		return CB_RETRY_BACKOFF;
	}
	if (status == 429) {
		if (reset_s < 0) {
			return CB_RETRY_BACKOFF;
		}
		return reset_s <= reset_cap_s ? CB_RETRY_RATE_LIMIT : CB_RETRY_NO;
	}
	return CB_RETRY_NO;
}

long cb_backoff_ms(int attempt, long base_ms, long cap_ms, uint32_t rnd)
{
	long ceiling = base_ms;
	int i;

	if (attempt < 1) {
		attempt = 1;
	}
	for (i = 1; i < attempt && ceiling < cap_ms; i++) {
		ceiling *= 2;
	}
	if (ceiling > cap_ms) {
		ceiling = cap_ms;
	}
	if (ceiling <= 0) {
		return 0;
	}
	return (long) (rnd % (uint32_t) (ceiling + 1));
}
