/* Calbook\Response: created by the Client for every HTTP answer. */
#ifndef CALBOOK_PHP_RESPONSE_H
#define CALBOOK_PHP_RESPONSE_H

#include "php.h"

/* Builds a Calbook\Response in `out`.
 * status: HTTP status; body: the raw body, or NULL for none; headers: a PHP array, lower-case
 * header name => list of string values, or UNDEF/NULL. The Response takes over `body` and
 * `headers` (the caller's references move to it). */
void calbook_response_create(zval *out, zend_long status, zend_string *body, zval *headers);

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
