/* calbook's exception tree and the helpers that throw into it. */
#ifndef CALBOOK_PHP_EXCEPTIONS_H
#define CALBOOK_PHP_EXCEPTIONS_H

#include "php.h"

extern zend_class_entry *calbook_ce_exception;            /* interface Calbook\Exception */
extern zend_class_entry *calbook_ce_invalid_argument;     /* Calbook\InvalidArgumentException */
extern zend_class_entry *calbook_ce_runtime;              /* Calbook\RuntimeException */
extern zend_class_entry *calbook_ce_transport;            /* Calbook\TransportException */
extern zend_class_entry *calbook_ce_api;                  /* Calbook\ApiException */
extern zend_class_entry *calbook_ce_rate_limit;           /* Calbook\RateLimitException */
extern zend_class_entry *calbook_ce_not_found;            /* Calbook\NotFoundException */
extern zend_class_entry *calbook_ce_invalid_response;     /* Calbook\InvalidResponseException */
extern zend_class_entry *calbook_ce_signature;            /* Calbook\SignatureException */

void calbook_register_exceptions(void);

/* Throws `ce` with a printf-style message. Returns the new exception object. */
zend_object *calbook_throw(zend_class_entry *ce, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* Throws TransportException. */
zend_object *calbook_throw_transport(bool may_have_reached_server, int curl_code, int attempts,
	const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);

/* Throws ApiException, or its subclass chosen by status (404 NotFound, 429 RateLimit).
 * error_code, request_id may be NULL; details may be NULL (stored as null).
 * retry_after < 0 means unknown (only used for 429). */
zend_object *calbook_throw_api(int status, const char *error_code, const char *message,
	zval *details, const char *request_id, zend_long retry_after);

#endif
