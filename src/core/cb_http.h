/* libcurl transport pieces shared by every request (plain C, no PHP). */
#ifndef CB_HTTP_H
#define CB_HTTP_H

#include <stddef.h>
#include <curl/curl.h>

/* Transport settings of one client. Strings are borrowed for the call. */
typedef struct cb_http_opts {
	long timeout_ms;
	long connect_timeout_ms;
	const char *ca_file;    /* NULL or "" for the system bundle */
	const char *user_agent; /* NULL for none */
	long long max_bytes;    /* an announced Content-Length above this fails the transfer
	                           (CURLE_FILESIZE_EXCEEDED); 0 for no limit */
	int pipewait;           /* 1: a transfer on a curl_multi handle that multiplexes waits for
	                           the connection being set up to tell whether it speaks HTTP/2
	                           (CURLOPT_PIPEWAIT) instead of opening one more; 0: not set */
} cb_http_opts;

/* A new easy handle with calbook's fixed policy: CURLOPT_NOSIGNAL, http/https only (also on
 * redirects, which are never followed), TLS verification on (peer and host), HTTP/2 over TLS
 * when offered (CURL_HTTP_VERSION_2TLS; HTTP/1.1 with a libcurl built without HTTP/2), TCP
 * keep-alive, then `opts`. NULL on failure. */
CURL *cb_http_easy_new(const cb_http_opts *opts, CURLSH *share);

/* Applies `opts` to an existing handle (timeouts, CA file, user agent, size limit). Returns
 * CURLE_OK or an error. */
CURLcode cb_http_easy_apply(CURL *h, const cb_http_opts *opts);

/* Clears per-request state on a reused handle (method, body, headers list, callbacks) so the
 * next request starts clean; the connection cache is kept. */
void cb_http_easy_reset_request(CURL *h);

/* Parses one header line as libcurl hands it to CURLOPT_HEADERFUNCTION.
 * Returns 2 for a status line ("HTTP/1.1 200 OK", "HTTP/2 404": *status set), 1 for a
 * "Name: value" header (name and value spans; the value trimmed of spaces, tabs and CR/LF),
 * 0 for anything else (the blank end-of-headers line, folded or malformed lines). */
int cb_http_header_line(const char *line, size_t len, const char **name, size_t *name_len,
	const char **value, size_t *value_len, long *status);

/* A request body read by libcurl through CURLOPT_READFUNCTION. With allow_rewind = 0, libcurl's
 * own silent resend of a body already sent (it does that when a kept-alive connection dies
 * before the answer) is refused: the transfer then fails and rewind_refused is set, so the caller
 * reports "may have reached the server" instead of sending a create twice. */
typedef struct cb_body {
	const char *data;
	size_t len;
	size_t pos;
	int allow_rewind;
	int rewind_refused;
} cb_body;

/* Sets `method` ("POST", "PATCH", "DELETE", ...) with `body` (may be NULL for no body). */
CURLcode cb_http_set_method(CURL *h, const char *method, cb_body *body);

#endif
