/* Calbook\Response: created by the Client for every HTTP answer. */
#ifndef CALBOOK_PHP_RESPONSE_H
#define CALBOOK_PHP_RESPONSE_H

#include "php.h"

/* Builds a Calbook\Response in `out`.
 * status: HTTP status; body: the raw body, or NULL for none; raw_headers: the header lines as
 * received ("Name: value\r\n"...), parsed only when asked for, or NULL; headers: the same
 * already parsed (lower-case name => list of values), or NULL/UNDEF. The Response takes over
 * `body`, `raw_headers` and `headers` (the caller's references move to it). */
void calbook_response_create(zval *out, zend_long status, zend_string *body, zend_string *raw_headers, zval *headers);

/* Parses header lines ("Name: value\r\n"...) into `out`: lower-case name => list of values,
 * the headers a Response keeps only (content-type, content-length, location, retry-after,
 * x-request-id, x-ratelimit-*, x-cal-*, cal-api-version). */
void calbook_headers_parse(const char *raw, size_t len, zval *out);

/* The first value of a header in such an array, or NULL. */
zend_string *calbook_headers_first(zval *headers, const char *lower_name, size_t len);

/* One pass over the X-RateLimit-* headers of such an array: returns the longest
 * X-RateLimit-Reset-* in seconds (-1 none) and stores the smallest X-RateLimit-Remaining-* in
 * *remaining (-1 none; may be NULL). */
long calbook_headers_ratelimit(zval *headers, long *remaining);

/* When the response is not 2xx, throws the typed exception for it (ApiException,
 * NotFoundException, RateLimitException, or InvalidResponseException for a 2xx body that
 * is not JSON when JSON was required) and returns FAILURE; returns SUCCESS otherwise. */
zend_result calbook_response_throw_if_failed(zend_object *response);

/* Seconds until the rate limit resets, from the X-RateLimit-Reset-* headers (the longest when
 * there are several); -1 when the response carries none. */
zend_long calbook_response_reset_seconds(zend_object *response);

/* The HTTP status of a Response. */
zend_long calbook_response_status(zend_object *response);

/* The decoded body's "data" member (borrowed), or NULL when the body is not a JSON object with
 * one. */
zval *calbook_response_data(zend_object *response);

#endif
