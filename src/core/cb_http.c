/* libcurl transport pieces shared by every request. */
#include "core/cb_http.h"

#include <string.h>

#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
# define CB_PROTOCOLS_STR 1
#endif

CURLcode cb_http_easy_apply(CURL *h, const cb_http_opts *opts)
{
	CURLcode rc = CURLE_OK;

	if (!opts) {
		return CURLE_OK;
	}
#define SET(opt, v) do { if (rc == CURLE_OK) rc = curl_easy_setopt(h, opt, v); } while (0)
	SET(CURLOPT_TIMEOUT_MS, opts->timeout_ms);
	SET(CURLOPT_CONNECTTIMEOUT_MS, opts->connect_timeout_ms);
	if (opts->ca_file && opts->ca_file[0]) {
		SET(CURLOPT_CAINFO, opts->ca_file);
	}
	SET(CURLOPT_USERAGENT, opts->user_agent); /* NULL: none (or a line of the header list) */
	SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) opts->max_bytes);
	if (opts->pipewait) {
		SET(CURLOPT_PIPEWAIT, 1L);
	}
#undef SET
	return rc;
}

CURL *cb_http_easy_new(const cb_http_opts *opts, CURLSH *share)
{
	CURL *h = curl_easy_init();
	CURLcode rc = CURLE_OK;

	if (!h) {
		return NULL;
	}
#define SET(opt, v) do { if (rc == CURLE_OK) rc = curl_easy_setopt(h, opt, v); } while (0)
	SET(CURLOPT_NOSIGNAL, 1L);
#ifdef CB_PROTOCOLS_STR
	SET(CURLOPT_PROTOCOLS_STR, "http,https");
	SET(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	SET(CURLOPT_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
	SET(CURLOPT_REDIR_PROTOCOLS, (long) (CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	SET(CURLOPT_FOLLOWLOCATION, 0L);
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	SET(CURLOPT_TCP_KEEPALIVE, 1L);
	SET(CURLOPT_TCP_NODELAY, 1L);
	SET(CURLOPT_COOKIEFILE, NULL);
	if (share) {
		SET(CURLOPT_SHARE, share);
	}
#undef SET
	/* HTTP/2 over TLS when offered. A libcurl built without HTTP/2 refuses the option
	 * (CURLE_UNSUPPORTED_PROTOCOL): it then speaks HTTP/1.1, which is no reason to fail. */
	if (rc == CURLE_OK) {
		(void) curl_easy_setopt(h, CURLOPT_HTTP_VERSION, (long) CURL_HTTP_VERSION_2TLS);
	}
	if (rc == CURLE_OK) {
		rc = cb_http_easy_apply(h, opts);
	}
	if (rc != CURLE_OK) {
		curl_easy_cleanup(h);
		return NULL;
	}
	return h;
}

void cb_http_easy_reset_request(CURL *h)
{
	curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, NULL);
	curl_easy_setopt(h, CURLOPT_NOBODY, 0L);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_READDATA, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKDATA, NULL);
}

int cb_http_header_line(const char *line, size_t len, const char **name, size_t *name_len,
	const char **value, size_t *value_len, long *status)
{
	const char *colon, *v, *end;
	size_t i;

	while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
		len--;
	}
	if (len == 0) {
		return 0;
	}
	if (len >= 5 && memcmp(line, "HTTP/", 5) == 0) {
		const char *sp = memchr(line, ' ', len);
		long s = 0;
		int n = 0;
		if (!sp) {
			return 0;
		}
		sp++;
		while (sp < line + len && *sp >= '0' && *sp <= '9' && n < 3) {
			s = s * 10 + (*sp - '0');
			sp++;
			n++;
		}
		if (n != 3 || s < 100) {
			return 0; /* not an HTTP status (RFC 9110: three digits, 1xx to 5xx and up) */
		}
		*status = s;
		return 2;
	}
	if (line[0] == ' ' || line[0] == '\t') {
		return 0;
	}
	colon = memchr(line, ':', len);
	if (!colon || colon == line) {
		return 0;
	}
	for (i = 0; i < (size_t) (colon - line); i++) {
		unsigned char c = (unsigned char) line[i];
		if (c <= 0x20 || c >= 0x7f) {
			return 0;
		}
	}
	v = colon + 1;
	end = line + len;
	while (v < end && (*v == ' ' || *v == '\t')) {
		v++;
	}
	while (end > v && (end[-1] == ' ' || end[-1] == '\t')) {
		end--;
	}
	*name = line;
	*name_len = (size_t) (colon - line);
	*value = v;
	*value_len = (size_t) (end - v);
	return 1;
}

static size_t body_read(char *buf, size_t size, size_t nitems, void *ud)
{
	cb_body *b = ud;
	size_t want = size * nitems, left = b->len - b->pos;
	if (want > left) {
		want = left;
	}
	memcpy(buf, b->data + b->pos, want);
	b->pos += want;
	return want;
}

static int body_seek(void *ud, curl_off_t offset, int origin)
{
	cb_body *b = ud;
	if (origin != SEEK_SET || offset < 0 || (size_t) offset > b->len) {
		return CURL_SEEKFUNC_CANTSEEK;
	}
	if (!b->allow_rewind && b->pos > 0) {
		b->rewind_refused = 1;
		return CURL_SEEKFUNC_FAIL;
	}
	b->pos = (size_t) offset;
	return CURL_SEEKFUNC_OK;
}

CURLcode cb_http_set_method(CURL *h, const char *method, cb_body *body)
{
	CURLcode rc = CURLE_OK;
#define SET(opt, v) do { if (rc == CURLE_OK) rc = curl_easy_setopt(h, opt, v); } while (0)
	if (strcmp(method, "GET") == 0 && !body) {
		SET(CURLOPT_HTTPGET, 1L);
		return rc;
	}
	if (body) {
		body->pos = 0;
		body->rewind_refused = 0;
		SET(CURLOPT_POST, 1L);
		SET(CURLOPT_POSTFIELDS, NULL);
		SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) body->len);
		SET(CURLOPT_READFUNCTION, body_read);
		SET(CURLOPT_READDATA, body);
		SET(CURLOPT_SEEKFUNCTION, body_seek);
		SET(CURLOPT_SEEKDATA, body);
	} else if (strcmp(method, "POST") == 0) {
		SET(CURLOPT_POST, 1L);
		SET(CURLOPT_POSTFIELDS, "");
		SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t) 0);
	} else {
		SET(CURLOPT_HTTPGET, 1L);
	}
	SET(CURLOPT_CUSTOMREQUEST, strcmp(method, "GET") == 0 || strcmp(method, "POST") == 0 ? NULL : method);
#undef SET
	return rc;
}
